import { db } from './database';
import type { Attempt } from './types';

export type { Attempt };

export function getAttempt(id: string) {
  return db.attempts.get(id);
}

export function saveAttempt(attempt: Attempt) {
  return db.attempts.put(attempt);
}

export function deleteAttempt(id: string) {
  return db.attempts.delete(id);
}

/** Newest first. */
export function listAttempts() {
  return db.attempts.orderBy('createdAt').reverse().toArray();
}

export function listAttemptsInProgress() {
  return db.attempts.where('status').equals('in-progress').reverse().sortBy('createdAt');
}
