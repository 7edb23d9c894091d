import { parseChallengeFile, type Challenge } from '../challenges/schema';
import { accessGoalSchema, type AccessGoal } from './goals';
import {
  accessActionSchema,
  parseAccessScenario,
  type AccessAction,
  type AccessScenario,
} from './scenario';

export type AccessChallenge = Challenge<AccessScenario, AccessGoal, AccessAction>;

/** Parses a challenge file for the access simulator; throws PolicyError with the JSON path. */
export function parseAccessChallenge(raw: unknown): AccessChallenge {
  return parseChallengeFile('access', raw, {
    scenario: parseAccessScenario,
    goal: accessGoalSchema,
    action: accessActionSchema,
  });
}

export { parseAccessScenario };
