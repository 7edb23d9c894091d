import { db } from './database';
import type { ReviewCardRow } from './types';

export type { ReviewCardRow };

export function getReviewCard(questionId: string) {
  return db.reviewCards.get(questionId);
}

export function saveReviewCard(row: ReviewCardRow) {
  return db.reviewCards.put(row);
}

export function listReviewCards() {
  return db.reviewCards.toArray();
}
