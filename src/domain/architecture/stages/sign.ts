/**
 * Sign: a Signer signing job for the Lambda package with the release's signing profile
 * (signer/signing-profiles). A Canceled or Revoked profile starts no job; a build that never
 * calls Signer ships the package unsigned — what Lambda does with it is decided at deployment.
 */
import type { ProcessPlan } from '../../simulation';
import { signArtifact } from '../../signer';
import type { ArchitectureScenario } from '../types';
import { stage, type StageResult } from './result';

export function signStage(s: ArchitectureScenario): StageResult {
  const { signer, bucket } = s.tooling;
  const object = bucket.objects.filter((o) => o.key === s.release.artifactKey).at(-1);
  const label = `Signer: ${s.release.artifactKey}`;
  if (s.tooling.build.lambdaPackage.type === 'Image') {
    const note =
      'The function ships as a container image: Lambda code signing applies to .zip packages only (lambda/configuration-codesigning).';
    const plan: ProcessPlan = {
      machine: 'signing',
      input: { label, steps: [{ kind: 'job', outcome: 'unsigned', note }] },
    };
    return { plan: stage('sign', [plan], null, note), scenario: s };
  }
  const profile = signer.profiles.find((p) => p.profileName === signer.profileName);
  if (!profile || !object) {
    const note = `No signing step in the build: ${s.release.artifactKey} goes out unsigned; whether Lambda accepts it depends on the function's code signing configuration (lambda/configuration-codesigning).`;
    const plan: ProcessPlan = {
      machine: 'signing',
      input: { label, steps: [{ kind: 'job', outcome: 'unsigned', note }] },
    };
    return { plan: stage('sign', [plan], null, note), scenario: s };
  }
  const digest = `sha384:${object.versionId}`;
  const result = signArtifact(profile, { kind: 'lambda-zip', digest }, s.now);
  const note = result.trace.at(-1) ?? '';
  if (!result.signature) {
    const plan: ProcessPlan = {
      machine: 'signing',
      input: { label, steps: [{ kind: 'job', outcome: 'refused', note }] },
    };
    return { plan: stage('sign', [plan], note, ''), scenario: s };
  }
  const signature = result.signature;
  const plan: ProcessPlan = {
    machine: 'signing',
    input: { label, steps: [{ kind: 'job', outcome: 'signed', note }] },
  };
  return {
    plan: stage(
      'sign',
      [plan],
      null,
      `Signed with ${profile.profileName} (job ${signature.jobId}).`,
    ),
    scenario: {
      ...s,
      tooling: {
        ...s.tooling,
        signer: { ...signer, signatures: [...signer.signatures, signature] },
        bucket: {
          ...bucket,
          objects: bucket.objects.map((o) =>
            o === object ? { ...o, signatureJobId: signature.jobId } : o,
          ),
        },
      },
    },
  };
}
