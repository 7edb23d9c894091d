import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listFlashcards } from '../../src/db/flashcards';
import { recordFlashcardReview } from '../../src/db/recordFlashcardReview';
import { saveSubmittedAttempt } from '../../src/db/recordAnswers';
import { listReviewLog } from '../../src/db/reviewLog';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const T0 = '2026-12-05T09:00:00.000Z';

describe('flashcards', () => {
  it('schedules a graded card and logs the review, again sooner than easy', async () => {
    const again = await recordFlashcardReview('term:upstream-repository', 'again', T0);
    const easy = await recordFlashcardReview('trap:npm-in-s3', 'easy', T0);
    expect(again.due).toBeLessThan(easy.due);
    expect(again.due).toBeGreaterThan(Date.parse(T0));
    expect((await listFlashcards()).map((c) => c.cardId).sort()).toEqual([
      'term:upstream-repository',
      'trap:npm-in-s3',
    ]);
    expect(await listReviewLog()).toEqual(
      expect.arrayContaining([
        {
          id: `term:upstream-repository@${T0}`,
          cardId: 'term:upstream-repository',
          grade: 'again',
          answeredAt: T0,
          due: again.due,
        },
      ]),
    );
  });

  it('builds on the previous review: good twice is due later than good once', async () => {
    const first = await recordFlashcardReview('number:token-max', 'good', T0);
    const second = await recordFlashcardReview(
      'number:token-max',
      'good',
      new Date(first.due).toISOString(),
    );
    expect(second.due - first.due).toBeGreaterThan(first.due - Date.parse(T0));
    expect(await db.reviewLog.count()).toBe(2);
  });

  it('logs the question reviews of a submitted quiz beside the flashcard reviews', async () => {
    await saveSubmittedAttempt(
      {
        id: 'a1',
        mode: 'practice',
        scopeLabel: 'All lessons',
        questionIds: ['signer-02'],
        seed: 1,
        answers: { 'signer-02': ['a'] },
        flags: [],
        createdAt: T0,
        deadline: null,
        snapshot: null,
        status: 'submitted',
        submittedAt: T0,
        result: null,
      },
      [{ questionId: 'signer-02', correct: false }],
      T0,
    );
    expect(await listReviewLog()).toMatchObject([
      { cardId: 'question:signer-02', grade: 'again', answeredAt: T0 },
    ]);
  });
});
