import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  getReviewCard,
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
  it('stores and lists every card (what is due is chosen by the review queue)', async () => {
    await saveReviewCard(row('later', 2_000));
    await saveReviewCard(row('overdue', 1_000));
    expect((await listReviewCards()).map((r) => r.questionId).sort()).toEqual(['later', 'overdue']);
  });

  it('replaces a card by question id', async () => {
    await saveReviewCard(row('q', 100));
    await saveReviewCard({ ...row('q', 5_000), lapses: 2 });
    expect(await getReviewCard('q')).toMatchObject({ due: 5_000, lapses: 2 });
    expect(await listReviewCards()).toHaveLength(1);
  });
});
