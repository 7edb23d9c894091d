import { parseChallengeFile, type Challenge } from '../challenges/schema';
import { schemaParser } from '../parseOrThrow';
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
  return parseChallengeFile('lifecycle', raw, {
    scenario: parseLifecycleScenario,
    goal: lifecycleGoalSchema,
    action: lifecycleActionSchema,
  });
}

/** Parses a scenario from a share link, a save or a file; throws PolicyError with the JSON path. */
export const parseLifecycleScenario = schemaParser<LifecycleScenario>(lifecycleScenarioSchema);

export const parseLifecycleAction = schemaParser<LifecycleAction>(lifecycleActionSchema);
