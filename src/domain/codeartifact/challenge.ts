import { parseChallengeFile, type Challenge } from '../challenges/schema';
import { schemaParser } from '../parseOrThrow';
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
  return parseChallengeFile('upstream', raw, {
    scenario: parseUpstreamScenario,
    goal: upstreamGoalSchema,
    action: upstreamActionSchema,
  });
}

export const parseUpstreamScenario = schemaParser<UpstreamScenario>(scenarioSchema);
