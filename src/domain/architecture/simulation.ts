/**
 * The architecture sandbox's pure reducer: a learner action in, the next scenario out, with the
 * trace of why and the processes the action ran (a release run, a pipeline run, lifecycle over
 * days) for the statechart view to play.
 */
import * as z from 'zod/mini';
import { PolicyError } from '../errors';
import { schemaParser } from '../parseOrThrow';
import { revokeSigningProfile } from '../signer';
import type { ProcessPlan, SimulationStep, StagePlan } from '../simulation';
import { advanceClock } from './clock';
import { FAULTS, FAULT_IDS } from './faults';
import { runPipeline } from './pipeline';
import { runRelease } from './release';
import {
  SETTING_IDS,
  applySetting,
  checkSettingValue,
  describeSettingValue,
  findSetting,
  type SettingValue,
} from './settings';
import type { ArchitectureScenario } from './types';

export const architectureActionSchema = z.discriminatedUnion('type', [
  /** From the stage that failed last time, or with `fromStart` the whole release again. */
  z.strictObject({ type: z.literal('release.run'), fromStart: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('pipeline.run') }),
  z.strictObject({
    type: z.literal('clock.advance'),
    days: z.number().check(z.int(), z.gte(1), z.lte(3650)),
  }),
  z.strictObject({
    type: z.literal('fault.set'),
    fault: z.enum(FAULT_IDS as [string, ...string[]]),
    on: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('setting.change'),
    setting: z.enum(SETTING_IDS as [string, ...string[]]),
    value: z.unknown(),
  }),
  z.strictObject({
    type: z.literal('token.fetch'),
    // aws codeartifact get-authorization-token --duration-seconds: 900 to 43200, or 0 for the session
    durationSeconds: z.number().check(z.int(), z.gte(900), z.lte(43_200)),
  }),
  z.strictObject({ type: z.literal('signer.profile.revoke'), profile: z.string() }),
]);

export type ArchitectureAction = z.infer<typeof architectureActionSchema>;

export const parseArchitectureAction = schemaParser<ArchitectureAction>(architectureActionSchema);

const step = (
  scenario: ArchitectureScenario,
  summary: string,
  trace: string[],
  processes: ProcessPlan[] = [],
): SimulationStep<ArchitectureScenario> => ({
  scenario,
  summary,
  trace,
  ...(processes.length ? { processes } : {}),
});

/** Each stage's processes, one line per decision, in the order the release run plays them. */
function stageTrace(stages: StagePlan[]): string[] {
  return stages.flatMap((st) => [
    `${st.title}: ${st.ok ? 'passed' : 'failed'} — ${st.reason}`,
    ...st.children.flatMap((child) =>
      'steps' in child.input
        ? child.input.steps.map((d) => `  ${child.input.label}: ${d.note}`)
        : 'walk' in child.input
          ? [
              `  ${child.input.label}: ${child.input.walk.decision} — ${child.input.walk.steps.at(-1)?.note ?? ''}`,
            ]
          : [],
    ),
  ]);
}

function release(
  s: ArchitectureScenario,
  fromStart: boolean,
): SimulationStep<ArchitectureScenario> {
  const outcome = runRelease(s, fromStart ? 'install' : undefined);
  const failed = outcome.stages.find((st) => !st.ok);
  const summary = failed
    ? `Release ${s.release.version}: ${failed.title} failed`
    : `Release ${s.release.version}: every stage passed`;
  const resumed =
    outcome.startAt === 'install'
      ? []
      : [`Resumed at ${outcome.startAt}: the stages before it passed in the last run.`];
  return step(
    outcome.scenario,
    summary,
    [...resumed, ...stageTrace(outcome.stages)],
    [
      {
        machine: 'releaseRun',
        input: {
          label: `Release ${s.release.version}`,
          stages: outcome.stages,
          startAt: outcome.startAt,
        },
      },
    ],
  );
}

function changeSetting(
  s: ArchitectureScenario,
  id: string,
  raw: unknown,
): SimulationStep<ArchitectureScenario> {
  const setting = findSetting(id);
  if (!setting) throw new PolicyError('setting', `no setting "${id}"`);
  const value: SettingValue = checkSettingValue(s, setting, raw, 'value');
  const next = applySetting(s, setting, value);
  return step(next, `${setting.label}: ${describeSettingValue(next, setting, value)}`, [
    `${setting.label} set to ${describeSettingValue(next, setting, value)}. A release run after it shows what it changes.`,
  ]);
}

/**
 * Applies one action. An action the scenario cannot take (a value the setting does not accept, a
 * profile that does not exist) changes nothing and says why in the log.
 */
export function applyArchitectureAction(
  s: ArchitectureScenario,
  action: ArchitectureAction,
): SimulationStep<ArchitectureScenario> {
  try {
    return apply(s, action);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return step(s, `Not applied: ${error.message}`, [`Not applied: ${error.message}`]);
  }
}

function apply(
  s: ArchitectureScenario,
  action: ArchitectureAction,
): SimulationStep<ArchitectureScenario> {
  switch (action.type) {
    case 'release.run':
      return release(s, action.fromStart === true);
    case 'pipeline.run': {
      const run = runPipeline(s, s.now, false);
      return step(run.scenario, run.summary, run.trace, [run.plan]);
    }
    case 'clock.advance': {
      const move = advanceClock(s, action.days);
      return step(
        move.scenario,
        `+${action.days} day${action.days === 1 ? '' : 's'}: ${move.happened.join('; ')}`,
        move.trace,
        move.processes,
      );
    }
    case 'fault.set': {
      const fault = FAULTS.find((f) => f.id === action.fault)!;
      const faults = action.on
        ? [...new Set([...s.faults, fault.id])]
        : s.faults.filter((f) => f !== fault.id);
      return step({ ...s, faults }, `${action.on ? 'Fault on' : 'Fault off'}: ${fault.label}`, [
        `${fault.label} — shows at the ${fault.stage} stage of the next release run (traps: ${fault.traps.join(', ')}).`,
      ]);
    }
    case 'setting.change':
      return changeSetting(s, action.setting, action.value);
    case 'token.fetch': {
      const expiresAt = new Date(Date.parse(s.now) + action.durationSeconds * 1000).toISOString();
      const hours = action.durationSeconds / 3600;
      return step(
        {
          ...s,
          tooling: { ...s.tooling, build: { ...s.tooling.build, token: { expiresAt } } },
        },
        `CodeArtifact token fetched for ${hours < 1 ? `${action.durationSeconds / 60} minutes` : `${hours} hours`}`,
        [
          `aws codeartifact get-authorization-token --duration-seconds ${action.durationSeconds}: valid until ${expiresAt} (codeartifact/tokens-authentication).`,
          'A token cannot be revoked on its own: it stays valid until it expires or the credentials that requested it are revoked — a short duration limits what a leaked one can do.',
        ],
      );
    }
    case 'signer.profile.revoke': {
      const t = s.tooling;
      const profile = t.signer.profiles.find((p) => p.profileName === action.profile);
      if (!profile) throw new PolicyError('profile', `no signing profile "${action.profile}"`);
      const result = revokeSigningProfile(
        profile,
        { effectiveTime: s.now, reason: 'revoked in the sandbox' },
        s.now,
      );
      return step(
        {
          ...s,
          tooling: {
            ...t,
            signer: {
              ...t.signer,
              profiles: t.signer.profiles.map((p) => (p === profile ? result.profile : p)),
            },
          },
        },
        `Signing profile ${profile.profileName} revoked`,
        result.trace,
      );
    }
  }
}
