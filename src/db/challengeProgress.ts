import { getSetting, putSetting } from './settings';

export interface ChallengeRecord {
  solvedAt: string;
  /** Fewest actions the learner needed (lower is better, as in golf). */
  bestSteps: number;
}

const KEY = 'challenges';

export function listChallengeRecords() {
  return getSetting<Record<string, ChallengeRecord>>(KEY, {});
}

/** Records a solve, keeping the first solve time and the best step count. */
export async function recordChallengeSolved(id: string, steps: number, now: string) {
  const records = await listChallengeRecords();
  const previous = records[id];
  await putSetting(KEY, {
    ...records,
    [id]: {
      solvedAt: previous?.solvedAt ?? now,
      bestSteps: Math.min(previous?.bestSteps ?? Infinity, steps),
    },
  });
}
