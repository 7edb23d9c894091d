import { challengeFileSchema, type Challenge } from '../challenges/schema';
import { PolicyError } from '../errors';
import { parseOrThrow } from '../parseOrThrow';
import { lifecycleGoalSchema, type LifecycleGoal } from './goals';
import {
  lifecycleActionSchema,
  lifecycleScenarioSchema,
  type LifecycleAction,
  type LifecycleScenario,
} from './scenario';

export type LifecycleChallenge = Challenge<LifecycleScenario, LifecycleGoal, LifecycleAction>;

/** Parses a challenge file for the lifecycle simulator; throws PolicyError with the JSON path. */
export function parseLifecycleChallenge(raw: unknown): LifecycleChallenge {
  const file = parseOrThrow(challengeFileSchema, raw, '');
  if (file.simulator !== 'lifecycle') throw new PolicyError('simulator', 'expected "lifecycle"');
  return {
    ...file,
    start: parseLifecycleScenarioAt(file.start, 'start'),
    check: parseOrThrow(lifecycleGoalSchema, file.check, 'check'),
    solution: file.solution.map((a, i) => parseLifecycleAction(a, `solution[${i}]`)),
  };
}

/** Parses a scenario from a share link, a save or a file; throws PolicyError with the JSON path. */
export function parseLifecycleScenario(raw: unknown): LifecycleScenario {
  return parseLifecycleScenarioAt(raw, '');
}

function parseLifecycleScenarioAt(raw: unknown, at: string): LifecycleScenario {
  return parseOrThrow(lifecycleScenarioSchema, raw, at) as LifecycleScenario;
}

export function parseLifecycleAction(raw: unknown, at = ''): LifecycleAction {
  return parseOrThrow(lifecycleActionSchema, raw, at) as LifecycleAction;
}
