import { scheduleCard, type ReviewGrade } from '../domain/review';
import { db } from './database';
import { logReview } from './reviewLog';
import type { FlashcardRow } from './types';

/**
 * Grades a flashcard at `now`: its next due time and the history entry, both or neither. (Apart
 * from the reads in flashcards.ts, so counting cards does not load the scheduler.)
 */
export async function recordFlashcardReview(cardId: string, grade: ReviewGrade, now: string) {
  return db.transaction('rw', db.flashcards, db.reviewLog, async () => {
    const scheduled = scheduleCard(await db.flashcards.get(cardId), grade, now);
    const row: FlashcardRow = { cardId, ...scheduled };
    await db.flashcards.put(row);
    await logReview(cardId, grade, scheduled);
    return row;
  });
}
