export {
  EASY_CONFIDENCE,
  EASY_MAX_SECONDS,
  HARD_CONFIDENCE,
  REVIEW_GRADES,
  gradeAnswer,
  type AnswerOutcome,
  type Confidence,
  type ReviewGrade,
} from './grade';
export { isDue, parseCard, scheduleReview, serializeCard } from './scheduler';
export { latestResults, masteryBy, type AttemptOutcome, type Mastery } from './mastery';
export type { ReviewCardRow } from './types';
