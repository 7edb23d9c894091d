import { db } from './database';
import type { FlashcardRow } from './types';

export type { FlashcardRow };

export function listFlashcards() {
  return db.flashcards.toArray();
}

export function getFlashcard(cardId: string) {
  return db.flashcards.get(cardId);
}
