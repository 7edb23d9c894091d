/**
 * Days passing in the architecture: the Image Builder pipeline's scheduled ticks (each decided by
 * its start condition), and ECR lifecycle policies evaluated once a day in every registry that
 * has one — the tooling registry and each replica, separately, because a lifecycle policy acts
 * in one repository of one Region and account (ecr/LifecyclePolicies). Expirations in the source
 * reach the replicas only through replication of deletes (ecr/replication-delete).
 */
import { replicateDeletion, type Registry, type StoredImage } from '../ecr';
import { nextCronMatch } from '../imagebuilder';
import { parseEcrLifecyclePolicy, type EcrImage } from '../lifecycle/ecr';
import { runEcrLifecycleDays } from '../lifecycle/ecr-days';
import { ecrLifecycleProcesses } from '../lifecycle/processes';
import type { ProcessPlan } from '../simulation';
import { runPipeline } from './pipeline';
import type { ArchitectureScenario } from './types';

const DAY_MS = 86_400_000;

export interface ClockMove {
  scenario: ArchitectureScenario;
  trace: string[];
  processes: ProcessPlan[];
  /** One line per thing that happened, for the event log. */
  happened: string[];
}

const where = (r: Registry) => `${r.registryId} ${r.region}`;

/** One registry's lifecycle over the days: what expired, per repository. */
type Happenings = Omit<ClockMove, 'scenario'>;

function ageRegistry(
  registry: Registry,
  from: string,
  days: number,
  end: string,
): { registry: Registry; expired: { repository: string; digest: string }[]; move: Happenings } {
  const move: Happenings = { trace: [], processes: [], happened: [] };
  const expired: { repository: string; digest: string }[] = [];
  const repositories = { ...registry.repositories };
  for (const [name, repo] of Object.entries(registry.repositories)) {
    if (!repo.lifecyclePolicy) {
      if (repo.images.length)
        move.trace.push(
          `${name} in ${where(registry)} has no lifecycle policy: its ${repo.images.length} image(s) stay (ecr/LifecyclePolicies).`,
        );
      continue;
    }
    const images: EcrImage[] = repo.images.map((i) => ({
      digest: i.imageDigest,
      tags: i.imageTags,
      pushedAt: i.pushedAt ?? from,
    }));
    const result = runEcrLifecycleDays(
      parseEcrLifecyclePolicy(repo.lifecyclePolicy),
      images,
      from,
      days,
    );
    const gone = new Set(result.acted.filter((a) => a.action === 'expire').map((a) => a.digest));
    for (const a of result.acted)
      move.trace.push(
        `${a.at.slice(0, 10)}: rule ${a.rulePriority} of ${name} in ${where(registry)} expires ${a.tags[0] ?? a.digest.slice(0, 19)} (ecr/LifecyclePolicies).`,
      );
    if (gone.size)
      move.happened.push(`${gone.size} image(s) expired in ${name}, ${where(registry)}`);
    move.processes.push(
      ...ecrLifecycleProcesses(images, [], result.acted, end).map(
        (p) =>
          ({
            ...p,
            input: { ...p.input, label: `${p.input.label} (${where(registry)})` },
          }) as ProcessPlan,
      ),
    );
    expired.push(...[...gone].map((digest) => ({ repository: name, digest })));
    repositories[name] = {
      ...repo,
      images: repo.images.filter((i: StoredImage) => !gone.has(i.imageDigest)),
    };
  }
  return { registry: { ...registry, repositories }, expired, move };
}

/** Every scheduled pipeline tick in (from, to]. */
function pipelineTicks(s: ArchitectureScenario, to: string): ClockMove {
  const move: ClockMove = { scenario: s, trace: [], processes: [], happened: [] };
  const expression = s.tooling.imageBuilder.pipeline.schedule?.scheduleExpression;
  if (!expression) return move;
  let at = nextCronMatch(expression, s.now);
  while (at !== null && at <= to) {
    const run = runPipeline(move.scenario, at, true);
    move.scenario = run.scenario;
    move.trace.push(...run.trace);
    move.processes.push(run.plan);
    move.happened.push(run.summary);
    at = nextCronMatch(expression, at);
  }
  return move;
}

export function advanceClock(s: ArchitectureScenario, days: number): ClockMove {
  const to = new Date(Date.parse(s.now) + days * DAY_MS).toISOString();
  const ticks = pipelineTicks(s, to);
  let world = ticks.scenario;
  const trace = [...ticks.trace];
  const processes = [...ticks.processes];
  const happened = [...ticks.happened];
  const source = ageRegistry(world.tooling.registry, s.now, days, to);
  const replicas = world.replicaRegistries.map((r) => ageRegistry(r, s.now, days, to));
  for (const part of [source, ...replicas]) {
    trace.push(...part.move.trace);
    processes.push(...part.move.processes);
    happened.push(...part.move.happened);
  }
  let registries = replicas.map((r) => r.registry);
  for (const e of source.expired) {
    const r = replicateDeletion({
      source: {
        registryId: world.tooling.registry.registryId,
        region: world.tooling.registry.region,
      },
      configuration: world.tooling.replication,
      repositoryName: e.repository,
      deletion: { type: 'lifecycle-expired', imageDigest: e.digest },
      registries,
    });
    registries = r.registries;
    trace.push(...r.trace);
  }
  world = {
    ...world,
    now: to,
    tooling: { ...world.tooling, registry: source.registry },
    replicaRegistries: registries,
  };
  if (!happened.length) happened.push('nothing expired and no pipeline ran');
  return { scenario: world, trace, processes, happened };
}
