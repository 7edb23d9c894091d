/**
 * Push image: docker push of the built image with the release tag to the tooling registry —
 * a tag already on another image in an immutable repository is refused
 * (ecr/image-tag-mutability) — then ECR managed signing where a rule selects the repository.
 */
import { managedSigningOnPush } from '../../ecr';
import type { DecidedStep, ProcessPlan } from '../../simulation';
import type { ArchitectureScenario } from '../types';
import { stage, type StageResult } from './result';

export function pushStage(s: ArchitectureScenario): StageResult {
  const { registry } = s.tooling;
  const name = s.release.repository;
  const digest = s.builtDigest ?? '';
  const repo = registry.repositories[name];
  const label = `docker push ${name}:${s.release.tag}`;
  const steps: DecidedStep[] = [
    {
      kind: 'layers',
      note: `Layers of ${digest.slice(0, 19)}… uploaded to ${registry.registryId}.dkr.ecr.${registry.region}.amazonaws.com/${name}.`,
    },
  ];
  const plan: ProcessPlan = { machine: 'imagePush', input: { label, steps } };
  if (!repo) {
    const note = `There is no repository ${name} in the tooling registry; push fails with RepositoryNotFoundException unless create on push applies (ecr/repository-create).`;
    steps.push({ kind: 'tag', outcome: 'rejected', note });
    return { plan: stage('push', [plan], note, ''), scenario: s };
  }
  const holder = repo.images.find(
    (i) => i.imageTags.includes(s.release.tag) && i.imageDigest !== digest,
  );
  if (holder && repo.imageTagMutability === 'IMMUTABLE') {
    const note = `Tag ${s.release.tag} is already on ${holder.imageDigest.slice(0, 19)}… and the repository's tags are immutable: ImageTagAlreadyExistsException (ecr/image-tag-mutability).`;
    steps.push({ kind: 'tag', outcome: 'rejected', note });
    return { plan: stage('push', [plan], note, ''), scenario: s };
  }
  steps.push({
    kind: 'tag',
    outcome: 'accepted',
    note: `Tagged ${s.release.tag}${holder ? `, moving the tag off ${holder.imageDigest.slice(0, 19)}… (a mutable repository)` : ''} (ecr/image-tag-mutability).`,
  });
  const signing = managedSigningOnPush({
    configuration: s.tooling.signing,
    repositoryName: name,
    imageDigest: digest,
    profiles: s.tooling.signer.profiles,
    pusherCanSign: true,
    now: s.now,
  });
  steps.push({ kind: 'managedSigning', note: signing.trace.at(-1) ?? '' });
  steps.push({
    kind: 'result',
    outcome: 'pushed',
    note: `${name}@${digest.slice(0, 19)}… pushed.`,
  });
  const others = repo.images
    .filter((i) => i.imageDigest !== digest)
    .map((i) => ({ ...i, imageTags: i.imageTags.filter((t) => t !== s.release.tag) }));
  return {
    plan: stage('push', [plan], null, `Pushed ${name}:${s.release.tag}.`),
    scenario: {
      ...s,
      tooling: {
        ...s.tooling,
        signer: {
          ...s.tooling.signer,
          signatures: [...s.tooling.signer.signatures, ...signing.signatures],
        },
        registry: {
          ...registry,
          repositories: {
            ...registry.repositories,
            [name]: {
              ...repo,
              images: [
                ...others,
                { imageDigest: digest, imageTags: [s.release.tag], pushedAt: s.now },
              ],
            },
          },
        },
      },
    },
  };
}
