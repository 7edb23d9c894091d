/** The stored shape of a review card (db/types.ts re-exports it for the table). */
export interface ReviewCardRow {
  questionId: string;
  /** ts-fsrs card with dates as ISO strings. */
  card: Record<string, unknown>;
  /** Due time in epoch milliseconds (indexed). */
  due: number;
  lapses: number;
  lastAnsweredAt: string;
}
