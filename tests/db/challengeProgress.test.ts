import { beforeEach, describe, expect, it } from 'vitest';
import { listChallengeRecords, recordChallengeSolved } from '../../src/db/challengeProgress';
import { db } from '../../src/db/database';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('challengeProgress', () => {
  it('keeps the first solve time and the fewest steps', async () => {
    await recordChallengeSolved('predict-search-order', 4, '2026-12-01T10:00:00.000Z');
    await recordChallengeSolved('predict-search-order', 2, '2026-12-02T10:00:00.000Z');
    await recordChallengeSolved('predict-search-order', 6, '2026-12-03T10:00:00.000Z');
    expect(await listChallengeRecords()).toEqual({
      'predict-search-order': { solvedAt: '2026-12-01T10:00:00.000Z', bestSteps: 2 },
    });
  });

  it('loses no solve when two are recorded at once (as two tabs would)', async () => {
    await Promise.all([
      recordChallengeSolved('predict-search-order', 3, '2026-12-01T10:00:00.000Z'),
      recordChallengeSolved('outage-serves-cache', 5, '2026-12-01T10:00:00.000Z'),
      recordChallengeSolved('predict-search-order', 1, '2026-12-01T10:00:01.000Z'),
    ]);
    expect(await listChallengeRecords()).toEqual({
      'predict-search-order': { solvedAt: '2026-12-01T10:00:00.000Z', bestSteps: 1 },
      'outage-serves-cache': { solvedAt: '2026-12-01T10:00:00.000Z', bestSteps: 5 },
    });
  });
});
