import * as z from 'zod/mini';
import { PolicyError } from '../errors';
import { parseOrThrow } from '../parseOrThrow';

import { SIMULATORS, type SimulatorId } from '../simulators';

export type { SimulatorId };

/**
 * A sandbox challenge file, content/challenges/<simulator>/<id>.json. `start`, `check` and
 * `solution` are checked by the simulator's own schemas (its scenario, goal and action types).
 */
export const challengeFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  simulator: z.enum(SIMULATORS),
  title: z.string().check(z.minLength(5)),
  summary: z.string().check(z.minLength(20)),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  traps: z.array(z.string()).check(z.minLength(1)),
  lesson: z.string(),
  goal: z.string().check(z.minLength(20)),
  start: z.unknown(),
  check: z.unknown(),
  hints: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  solution: z.array(z.unknown()).check(z.minLength(1)),
  /** The number of actions in a tidy solution: "golf" par. */
  par: z.number().check(z.int(), z.gte(1)),
  explanation: z.string().check(z.minLength(20)),
});

export type ChallengeFile = z.infer<typeof challengeFileSchema>;

export interface Challenge<S, G, A> extends Omit<ChallengeFile, 'start' | 'check' | 'solution'> {
  start: S;
  check: G;
  solution: A[];
}

/**
 * Reads a challenge file of `simulator`: the file's own fields, then its start, check and
 * solution with that simulator's parsers. Every problem is a PolicyError at its JSON path.
 */
export function parseChallengeFile<S, G, A>(
  simulator: SimulatorId,
  raw: unknown,
  parse: {
    scenario: (raw: unknown) => S;
    goal: z.ZodMiniType<G>;
    action: z.ZodMiniType<A>;
  },
): Challenge<S, G, A> {
  const file = parseOrThrow(challengeFileSchema, raw, '');
  if (file.simulator !== simulator) throw new PolicyError('simulator', `expected "${simulator}"`);
  let start: S;
  try {
    start = parse.scenario(file.start);
  } catch (error) {
    throw error instanceof PolicyError ? error.under('start') : error;
  }
  return {
    ...file,
    start,
    check: parseOrThrow(parse.goal, file.check, 'check'),
    solution: file.solution.map((a, i) => parseOrThrow(parse.action, a, `solution[${i}]`)),
  };
}
