import { scheduleCard, type ReviewGrade } from '../domain/review';
import { db } from './database';
import { logReview } from './reviewLog';
import type { FlashcardRow } from './types';

export type { FlashcardRow };

export function listFlashcards() {
  return db.flashcards.toArray();
}

/** Grades a flashcard at `now`: its next due time and the history entry, both or neither. */
export async function recordFlashcardReview(cardId: string, grade: ReviewGrade, now: string) {
  return db.transaction('rw', db.flashcards, db.reviewLog, async () => {
    const scheduled = scheduleCard(await db.flashcards.get(cardId), grade, now);
    const row: FlashcardRow = { cardId, ...scheduled };
    await db.flashcards.put(row);
    await logReview(cardId, grade, scheduled);
    return row;
  });
}

export function getFlashcard(cardId: string) {
  return db.flashcards.get(cardId);
}
