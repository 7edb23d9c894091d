/**
 * Turning a quiz answer into an FSRS grade.
 *
 * The learner never picks "again/hard/good/easy" themselves: the grade follows from whether the
 * answer was right, how sure they said they were, and how long they took.
 */

export type Confidence = 'unsure' | 'fairly-sure' | 'certain';

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';

export const REVIEW_GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

/**
 * A right answer given with `certain` confidence within this many seconds (inclusive) is graded
 * `easy`. Slower, or with no timing at all, it is only `good`: confidence alone is not evidence
 * of easy recall.
 */
export const EASY_MAX_SECONDS = 60;

/** The confidence at or below which a right answer counts as a lucky guess: graded `hard`. */
export const HARD_CONFIDENCE: Confidence = 'unsure';

/** The confidence a right, fast answer needs to be graded `easy`. */
export const EASY_CONFIDENCE: Confidence = 'certain';

export interface AnswerOutcome {
  correct: boolean;
  /** As the learner reported it; absent when they were not asked. */
  confidence?: Confidence | undefined;
  /** Time spent on the question; absent, negative or not finite = unknown. */
  seconds?: number | undefined;
}

/**
 * - wrong → `again` (whatever the confidence);
 * - right and `unsure` → `hard`;
 * - right, `certain` and answered within {@link EASY_MAX_SECONDS} → `easy`;
 * - any other right answer → `good`.
 */
export function gradeAnswer({ correct, confidence, seconds }: AnswerOutcome): ReviewGrade {
  if (!correct) return 'again';
  if (confidence === HARD_CONFIDENCE) return 'hard';
  if (
    confidence === EASY_CONFIDENCE &&
    seconds !== undefined &&
    Number.isFinite(seconds) &&
    seconds >= 0 &&
    seconds <= EASY_MAX_SECONDS
  ) {
    return 'easy';
  }
  return 'good';
}
