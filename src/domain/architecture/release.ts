/**
 * A release run through the architecture: the stages in order, each decided by its module,
 * from the stage that failed last time (or the first), stopping at the first that fails.
 * Stages run on the scenario with its faults applied; what they change (packages retained,
 * images pushed and replicated, artifacts uploaded and signed, services deployed) is carried
 * back to the scenario as the learner set it up.
 */
import type { StagePlan } from '../simulation';
import { withFaults } from './faults';
import { buildStage } from './stages/build';
import { deployStage } from './stages/deploy';
import { installStage } from './stages/install';
import { pushStage } from './stages/push';
import { replicateStage } from './stages/replicate';
import type { StageResult } from './stages/result';
import { scanStage } from './stages/scan';
import { signStage } from './stages/sign';
import type { ArchitectureScenario, StageId, StageRecord } from './types';
import type { Registry } from '../ecr';

export const STAGES: StageId[] = [
  'install',
  'build',
  'sign',
  'push',
  'scan',
  'replicate',
  'deploy',
];

const RUN: Record<StageId, (s: ArchitectureScenario) => StageResult> = {
  install: installStage,
  build: buildStage,
  sign: signStage,
  push: pushStage,
  scan: scanStage,
  replicate: replicateStage,
  deploy: deployStage,
};

/** Where a run starts: the stage that failed last time, else the beginning. */
export function resumeAt(s: ArchitectureScenario): StageId {
  return STAGES.find((id) => s.lastRun?.[id]?.status === 'failed') ?? 'install';
}

/** Images a run pushed or replicated, kept in registries as the learner configured them. */
function keepImages(base: Registry, after: Registry | undefined): Registry {
  if (!after) return base;
  const repositories = { ...base.repositories };
  for (const [name, repo] of Object.entries(after.repositories))
    repositories[name] = base.repositories[name]
      ? { ...base.repositories[name]!, images: repo.images }
      : repo;
  return { ...base, repositories };
}

/** What the run changed, carried onto the scenario without the faults that were applied. */
function keepState(base: ArchitectureScenario, after: ArchitectureScenario): ArchitectureScenario {
  const t = base.tooling;
  return {
    ...base,
    builtDigest: after.builtDigest,
    tooling: {
      ...t,
      codeartifact: { ...t.codeartifact, repositories: after.tooling.codeartifact.repositories },
      registry: keepImages(t.registry, after.tooling.registry),
      bucket: { ...t.bucket, objects: after.tooling.bucket.objects },
      signer: { ...t.signer, signatures: after.tooling.signer.signatures },
    },
    replicaRegistries: [
      ...base.replicaRegistries.map((r) =>
        keepImages(
          r,
          after.replicaRegistries.find(
            (a) => a.registryId === r.registryId && a.region === r.region,
          ),
        ),
      ),
      ...after.replicaRegistries.filter(
        (a) =>
          !base.replicaRegistries.some(
            (r) => r.registryId === a.registryId && r.region === a.region,
          ),
      ),
    ],
    workloads: base.workloads.map((w, i) => {
      const a = after.workloads[i]!;
      return {
        ...w,
        ecs: { ...w.ecs, running: a.ecs.running },
        lambda: { ...w.lambda, versions: a.lambda.versions },
      };
    }),
  };
}

export interface ReleaseOutcome {
  startAt: StageId;
  /** The stages that ran, in order: what the releaseRun actor plays. */
  stages: StagePlan[];
  scenario: ArchitectureScenario;
}

/** Runs the release from `startAt`: by default the stage that failed last time. */
export function runRelease(
  s: ArchitectureScenario,
  startAt: StageId = resumeAt(s),
): ReleaseOutcome {
  let world = withFaults(s);
  const stages: StagePlan[] = [];
  const record: Partial<Record<StageId, StageRecord>> = {};
  let stopped = false;
  for (const id of STAGES) {
    if (STAGES.indexOf(id) < STAGES.indexOf(startAt)) {
      record[id] = s.lastRun?.[id] ?? { status: 'passed', reason: 'Passed in an earlier run.' };
      continue;
    }
    if (stopped) {
      record[id] = { status: 'not run', reason: 'An earlier stage failed.' };
      continue;
    }
    const r = RUN[id](world);
    stages.push(r.plan);
    world = r.scenario;
    record[id] = { status: r.plan.ok ? 'passed' : 'failed', reason: r.plan.reason };
    stopped = !r.plan.ok;
  }
  return { startAt, stages, scenario: { ...keepState(s, world), lastRun: record } };
}
