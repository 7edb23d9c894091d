import { challengeFileSchema, type Challenge } from '../challenges/schema';
import { PolicyError } from '../errors';
import { parseOrThrow } from '../parseOrThrow';
import { upstreamGoalSchema, type UpstreamGoal } from './goals';
import {
  scenarioSchema,
  upstreamActionSchema,
  type UpstreamAction,
  type UpstreamScenario,
} from './scenario';

export type UpstreamChallenge = Challenge<UpstreamScenario, UpstreamGoal, UpstreamAction>;

/** Parses a challenge file for the upstream simulator; throws PolicyError with the JSON path. */
export function parseUpstreamChallenge(raw: unknown): UpstreamChallenge {
  const file = parseOrThrow(challengeFileSchema, raw, '');
  if (file.simulator !== 'upstream') throw new PolicyError('simulator', 'expected "upstream"');
  return {
    ...file,
    start: parseOrThrow(scenarioSchema, file.start, 'start') as UpstreamScenario,
    check: parseOrThrow(upstreamGoalSchema, file.check, 'check'),
    solution: file.solution.map((a, i) => parseOrThrow(upstreamActionSchema, a, `solution[${i}]`)),
  };
}

export function parseUpstreamScenario(raw: unknown): UpstreamScenario {
  return parseOrThrow(scenarioSchema, raw, '') as UpstreamScenario;
}
