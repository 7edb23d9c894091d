/**
 * Replicate: the tooling registry's replication configuration copies the push to every
 * destination its rules select — the DR Region and the workload accounts — as the ECR engine
 * decides: registry permissions for other accounts, repositories created from templates or
 * with defaults (and no lifecycle policy) (ecr/replication).
 */
import { replicateImage } from '../../ecr';
import type { DecidedStep, ProcessPlan } from '../../simulation';
import type { ArchitectureScenario } from '../types';
import { stage, type StageResult } from './result';

export function replicateStage(s: ArchitectureScenario): StageResult {
  const t = s.tooling;
  const name = s.release.repository;
  const image = t.registry.repositories[name]?.images.find((i) => i.imageDigest === s.builtDigest);
  const steps: DecidedStep[] = [];
  const plan: ProcessPlan = {
    machine: 'replication',
    input: { label: `replicate ${name}:${s.release.tag}`, steps },
  };
  if (!image) {
    steps.push({
      kind: 'result',
      outcome: 'none',
      note: 'Nothing was pushed, so nothing replicates.',
    });
    return { plan: stage('replicate', [plan], null, 'Nothing to replicate.'), scenario: s };
  }
  const result = replicateImage({
    source: { registryId: t.registry.registryId, region: t.registry.region },
    configuration: t.replication,
    repositoryName: name,
    image,
    registries: s.replicaRegistries,
  });
  if (result.destinations.length === 0) {
    steps.push({
      kind: 'result',
      outcome: 'none',
      note: 'No replication rule selects this repository (ecr/replication).',
    });
    return {
      plan: stage('replicate', [plan], null, 'No replication rule selects the repository.'),
      scenario: s,
    };
  }
  for (const d of result.destinations) {
    const where = `${d.registryId} in ${d.region}`;
    steps.push({
      kind: 'destination',
      note: `Destination ${where}${d.registryId === t.registry.registryId ? ' (same account)' : ' (another account)'}.`,
    });
    const refused = d.status === 'FAILED' && /permissions policy|does not let/.test(d.reason);
    if (d.registryId !== t.registry.registryId)
      steps.push(
        refused
          ? { kind: 'permission', outcome: 'denied', note: d.reason }
          : {
              kind: 'permission',
              outcome: 'allowed',
              note: `${d.registryId}'s registry permissions policy allows account ${t.registry.registryId} to replicate into it (ecr/registry-permissions).`,
            },
      );
    if (refused) continue;
    steps.push({
      kind: 'repository',
      note: d.repositoryCreated
        ? `${name} did not exist in ${where}: ECR created it${d.appliedTemplate ? ` from the creation template ${d.appliedTemplate}` : ' with default settings and no lifecycle policy'} (ecr/repository-creation-templates).`
        : `${name} already exists in ${where}.`,
    });
    steps.push({
      kind: 'copy',
      outcome: d.status === 'COMPLETE' ? 'complete' : 'failed',
      note: d.reason,
    });
  }
  const failed = result.destinations.filter((d) => d.status === 'FAILED');
  const note = failed.length
    ? `Replication failed to ${failed.map((d) => `${d.registryId} in ${d.region}`).join(', ')}: ${failed[0]!.reason}`
    : `Replicated to ${result.destinations.map((d) => `${d.registryId} in ${d.region}`).join(' and ')}.`;
  steps.push({ kind: 'result', outcome: failed.length ? 'failed' : 'complete', note });
  const stamped = result.registries.map((r) => ({
    ...r,
    repositories: Object.fromEntries(
      Object.entries(r.repositories).map(([n, repo]) => [
        n,
        {
          ...repo,
          images: repo.images.map((i) =>
            i.imageDigest === image.imageDigest && !i.pushedAt ? { ...i, pushedAt: s.now } : i,
          ),
        },
      ]),
    ),
  }));
  return {
    plan: stage('replicate', [plan], failed.length ? note : null, note),
    scenario: { ...s, replicaRegistries: stamped },
  };
}
