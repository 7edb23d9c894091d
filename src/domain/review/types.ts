/**
 * The stored shape of a review card. Structurally identical to `ReviewCardRow` in
 * `src/db/types.ts`; declared here because the domain imports nothing from outside `src/domain`.
 */
export interface ReviewCardRow {
  questionId: string;
  /** ts-fsrs card with dates as ISO strings. */
  card: Record<string, unknown>;
  /** Due time in epoch milliseconds (indexed). */
  due: number;
  lapses: number;
  lastAnsweredAt: string;
}
