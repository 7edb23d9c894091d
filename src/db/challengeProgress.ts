import { db } from './database';
import type { ChallengeProgressRow } from './types';

export interface ChallengeRecord {
  solvedAt: string;
  /** Fewest actions the learner needed (lower is better, as in golf). */
  bestSteps: number;
}

/** Every solved challenge, by challenge id. */
export async function listChallengeRecords(): Promise<Record<string, ChallengeRecord>> {
  const rows = await db.challengeProgress.toArray();
  return Object.fromEntries(
    rows.map(({ id, solvedAt, bestSteps }) => [id, { solvedAt, bestSteps }]),
  );
}

/** Two records of one challenge as one: the first solve time and the best step count. */
export function mergeChallengeRecords(
  here: ChallengeProgressRow | undefined,
  incoming: ChallengeProgressRow,
): ChallengeProgressRow {
  if (!here) return incoming;
  return {
    id: incoming.id,
    solvedAt: here.solvedAt < incoming.solvedAt ? here.solvedAt : incoming.solvedAt,
    bestSteps: Math.min(here.bestSteps, incoming.bestSteps),
  };
}

/** Records a solve, keeping the first solve time and the best step count. */
export async function recordChallengeSolved(id: string, steps: number, now: string) {
  await db.transaction('rw', db.challengeProgress, async () => {
    const here = await db.challengeProgress.get(id);
    await db.challengeProgress.put(
      mergeChallengeRecords(here, { id, solvedAt: now, bestSteps: steps }),
    );
  });
}
