/**
 * A challenge goal over the architecture, as JSON data. Leaves test one fact of the scenario —
 * how the last release run went, a setting's value, what runs in the workload accounts, what is
 * left in a registry — and all/any/not combine them.
 */
import * as z from 'zod/mini';
import { goalSchema, meetsGoal, type Goal } from '../challenges/goal';
import { STAGES } from './release';
import { SETTING_IDS, findSetting } from './settings';
import type { ArchitectureScenario, StageId, StageStatus } from './types';

export type ArchitectureGoal = Goal<ArchitectureGoalLeaf>;

type ArchitectureGoalLeaf =
  /** The last release run passed every stage. */
  | { released: true }
  | { stage: { id: StageId; status: StageStatus } }
  | { setting: { id: string; equals: unknown } }
  /** A list setting (VPC endpoints, allowed publishers) contains the value. */
  | { settingIncludes: { id: string; value: string } }
  | { fault: { id: string; on: boolean } }
  /** Every workload's ECS service runs the image the last build produced. */
  | { runningRelease: true }
  /** Every workload's newest Lambda version carries a signature, from this profile if named. */
  | { lambdaSigned: { profile?: string } }
  /** How many images of the release repository a registry holds. */
  | { images: { region: string; account: 'tooling' | 'workload'; min?: number; max?: number } }
  | { pipelineBuilds: { min: number } }
  | { tokenValidForAtMost: number };

const count = z.optional(z.number().check(z.int(), z.gte(0)));

const leaf = z.union([
  z.strictObject({ released: z.literal(true) }),
  z.strictObject({
    stage: z.strictObject({
      id: z.enum(STAGES as [StageId, ...StageId[]]),
      status: z.enum(['passed', 'failed', 'not run']),
    }),
  }),
  z.strictObject({
    setting: z.strictObject({
      id: z.enum(SETTING_IDS as [string, ...string[]]),
      equals: z.unknown(),
    }),
  }),
  z.strictObject({
    settingIncludes: z.strictObject({
      id: z.enum(SETTING_IDS as [string, ...string[]]),
      value: z.string(),
    }),
  }),
  z.strictObject({ fault: z.strictObject({ id: z.string(), on: z.boolean() }) }),
  z.strictObject({ runningRelease: z.literal(true) }),
  z.strictObject({ lambdaSigned: z.strictObject({ profile: z.optional(z.string()) }) }),
  z.strictObject({
    images: z.strictObject({
      region: z.string(),
      account: z.enum(['tooling', 'workload']),
      min: count,
      max: count,
    }),
  }),
  z.strictObject({ pipelineBuilds: z.strictObject({ min: z.number().check(z.int(), z.gte(1)) }) }),
  z.strictObject({ tokenValidForAtMost: z.number().check(z.int(), z.gte(0)) }),
]);

export const architectureGoalSchema = goalSchema<ArchitectureGoal>(leaf);

/** JSON equality, with lists compared as sets (endpoint order does not matter). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x) => b.some((y) => same(x, y)));
  return JSON.stringify(a) === JSON.stringify(b);
}

function imagesIn(s: ArchitectureScenario, region: string, account: 'tooling' | 'workload') {
  const id = account === 'tooling' ? s.tooling.accountId : s.workloads[0]!.accountId;
  const registry = [s.tooling.registry, ...s.replicaRegistries].find(
    (r) => r.registryId === id && r.region === region,
  );
  return registry?.repositories[s.release.repository]?.images.length ?? 0;
}

export function meetsArchitectureGoal(s: ArchitectureScenario, goal: ArchitectureGoal): boolean {
  return meetsGoal(goal, (leaf) => meetsArchitectureLeaf(s, leaf));
}

function meetsArchitectureLeaf(s: ArchitectureScenario, goal: ArchitectureGoalLeaf): boolean {
  if ('released' in goal)
    return s.lastRun !== null && STAGES.every((id) => s.lastRun?.[id]?.status === 'passed');
  if ('stage' in goal) return s.lastRun?.[goal.stage.id]?.status === goal.stage.status;
  if ('setting' in goal) {
    const setting = findSetting(goal.setting.id);
    return setting !== undefined && same(setting.get(s), goal.setting.equals);
  }
  if ('settingIncludes' in goal) {
    const value = findSetting(goal.settingIncludes.id)?.get(s);
    return Array.isArray(value) && value.includes(goal.settingIncludes.value);
  }
  if ('fault' in goal) return s.faults.includes(goal.fault.id) === goal.fault.on;
  if ('runningRelease' in goal)
    return s.builtDigest !== null && s.workloads.every((w) => w.ecs.running === s.builtDigest);
  if ('lambdaSigned' in goal)
    return s.workloads.every((w) => {
      const jobId = w.lambda.versions.at(-1)?.signatureJobId;
      const signature = s.tooling.signer.signatures.find((g) => g.jobId === jobId);
      return (
        signature !== undefined &&
        (goal.lambdaSigned.profile === undefined ||
          signature.profileName === goal.lambdaSigned.profile)
      );
    });
  if ('images' in goal) {
    const n = imagesIn(s, goal.images.region, goal.images.account);
    return (
      (goal.images.min === undefined || n >= goal.images.min) &&
      (goal.images.max === undefined || n <= goal.images.max)
    );
  }
  if ('pipelineBuilds' in goal)
    return s.tooling.imageBuilder.builds.length >= goal.pipelineBuilds.min;
  const token = s.tooling.build.token;
  return (
    token !== null &&
    token.expiresAt !== null &&
    Date.parse(token.expiresAt) - Date.parse(s.now) <= goal.tokenValidForAtMost * 1000
  );
}
