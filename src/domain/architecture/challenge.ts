import * as z from 'zod/mini';
import { parseChallengeFile, type Challenge } from '../challenges/schema';
import { PolicyError } from '../errors';
import { parseOrThrow } from '../parseOrThrow';
import { architectureGoalSchema, type ArchitectureGoal } from './goals';
import {
  applyArchitectureAction,
  architectureActionSchema,
  type ArchitectureAction,
} from './simulation';
import type { ArchitectureScenario } from './types';

export type ArchitectureChallenge = Challenge<
  ArchitectureScenario,
  ArchitectureGoal,
  ArchitectureAction
>;

/**
 * A challenge starts from the default architecture with its own actions applied (settings,
 * faults, a run), so twelve challenges do not carry twelve copies of the whole organization.
 */
const startSchema = z.strictObject({
  from: z.literal('default'),
  actions: z.array(architectureActionSchema).check(z.maxLength(30)),
});

function startScenario(raw: unknown, base: ArchitectureScenario): ArchitectureScenario {
  const start = parseOrThrow(startSchema, raw, '');
  return start.actions.reduce((s, action, i) => {
    const next = applyArchitectureAction(s, action as ArchitectureAction);
    if (next.summary.startsWith('Not applied'))
      throw new PolicyError(`actions[${i}]`, next.summary.replace(/^Not applied: /, ''));
    return next.scenario;
  }, base);
}

/** Parses an architecture challenge file against the default scenario; PolicyError at its path. */
export function parseArchitectureChallenge(
  raw: unknown,
  base: ArchitectureScenario,
): ArchitectureChallenge {
  return parseChallengeFile('architecture', raw, {
    scenario: (start) => startScenario(start, base),
    goal: architectureGoalSchema,
    action: architectureActionSchema as z.ZodMiniType<ArchitectureAction>,
  });
}
