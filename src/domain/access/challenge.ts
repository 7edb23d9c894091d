import { challengeFileSchema, type Challenge } from '../challenges/schema';
import { PolicyError } from '../errors';
import { parseOrThrow } from '../parseOrThrow';
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
  const file = parseOrThrow(challengeFileSchema, raw, '');
  if (file.simulator !== 'access') throw new PolicyError('simulator', 'expected "access"');
  let start: AccessScenario;
  try {
    start = parseAccessScenario(file.start);
  } catch (error) {
    throw error instanceof PolicyError ? error.under('start') : error;
  }
  return {
    ...file,
    start,
    check: parseOrThrow(accessGoalSchema, file.check, 'check'),
    solution: file.solution.map((a, i) => parseOrThrow(accessActionSchema, a, `solution[${i}]`)),
  };
}

export { parseAccessScenario };
