import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  countDueCards,
  getReviewCard,
  listDueCards,
  listReviewCards,
  saveReviewCard,
  type ReviewCardRow,
} from '../../src/db/reviewCards';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const row = (questionId: string, due: number): ReviewCardRow => ({
  questionId,
  card: { due: new Date(due).toISOString(), stability: 1, difficulty: 5, reps: 1, state: 2 },
  due,
  lapses: 0,
  lastAnsweredAt: '2025-01-01T00:00:00Z',
});

describe('reviewCards', () => {
  it('lists and counts the cards due at a time, soonest first', async () => {
    const now = Date.UTC(2025, 0, 10);
    await saveReviewCard(row('later', now + 1));
    await saveReviewCard(row('exactly-now', now));
    await saveReviewCard(row('overdue', now - 86_400_000));
    await saveReviewCard(row('yesterday', now - 3_600_000));
    expect((await listDueCards(now)).map((r) => r.questionId)).toEqual([
      'overdue',
      'yesterday',
      'exactly-now',
    ]);
    expect(await countDueCards(now)).toBe(3);
    expect(await countDueCards(now, new Set(['overdue', 'later']))).toBe(2);
    expect(await countDueCards(now - 86_400_001)).toBe(0);
    expect(await listDueCards(now - 86_400_001)).toEqual([]);
    expect(await listReviewCards()).toHaveLength(4);
  });

  it('replaces a card by question id', async () => {
    await saveReviewCard(row('q', 100));
    await saveReviewCard({ ...row('q', 5_000), lapses: 2 });
    expect(await getReviewCard('q')).toMatchObject({ due: 5_000, lapses: 2 });
    expect(await countDueCards(1_000)).toBe(0);
  });
});
