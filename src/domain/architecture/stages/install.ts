/**
 * Install dependencies: the build reaches CodeArtifact through its subnet's endpoints, presents
 * its token, and asks its repository for each dependency — the upstream chain, external
 * connection and retention decided by the CodeArtifact engine.
 */
import { requestPackageVersion, tokenRejection } from '../../codeartifact';
import type { ProcessPlan } from '../../simulation';
import { networkSteps } from '../network';
import type { ArchitectureScenario } from '../types';
import { lastNote, stage, type StageResult } from './result';

export function installStage(s: ArchitectureScenario): StageResult {
  const build = s.tooling.build;
  if (build.dependencySource === 's3') {
    // npm needs a registry: a bucket of tarballs has no metadata to resolve versions from (npm-in-s3)
    const note =
      'npm install needs a registry that answers package metadata requests; an S3 bucket of tarballs has no metadata, no version resolution and no upstream, so npm cannot resolve the dependency tree. Language packages belong in CodeArtifact (codeartifact/welcome).';
    const plan: ProcessPlan = {
      machine: 'codeBuild',
      input: {
        label: `${build.name}: npm install from S3`,
        steps: [
          { kind: 'install', outcome: 'failed', note },
          { kind: 'result', outcome: 'failed', note },
        ],
      },
    };
    return { plan: stage('install', [plan], note, ''), scenario: s };
  }
  const network: ProcessPlan = {
    machine: 'networkPath',
    input: {
      label: `${build.name} → CodeArtifact`,
      steps: networkSteps(build.network, 'codeartifact'),
    },
  };
  const children: ProcessPlan[] = [network];
  if (network.input.steps.at(-1)?.outcome === 'blocked')
    return { plan: stage('install', children, lastNote(network), ''), scenario: s };
  let domain = s.tooling.codeartifact;
  const rejection = tokenRejection(build.token, s.now);
  for (const dep of build.dependencies) {
    const pkg = { format: dep.format, name: dep.name };
    const label = `${build.repository}: ${dep.format} ${dep.name}@${dep.version}`;
    if (rejection) {
      children.push({
        machine: 'packageRequest',
        input: { label, tokenRejection: rejection, steps: [] },
      });
      return { plan: stage('install', children, rejection, ''), scenario: s };
    }
    const r = requestPackageVersion(domain, build.repository, pkg, dep.version);
    domain = r.domain;
    children.push({
      machine: 'packageRequest',
      input: { label, tokenRejection: null, steps: r.steps },
    });
    if (r.status !== 200) {
      const why = r.steps.at(-1)?.note ?? `${r.status}`;
      return {
        plan: stage('install', children, `${dep.name}@${dep.version}: ${why}`, ''),
        scenario: { ...s, tooling: { ...s.tooling, codeartifact: domain } },
      };
    }
  }
  return {
    plan: stage(
      'install',
      children,
      null,
      `${build.dependencies.length} dependencies installed from ${build.repository}.`,
    ),
    scenario: { ...s, tooling: { ...s.tooling, codeartifact: domain } },
  };
}
