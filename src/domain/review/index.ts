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
export {
  dueByGrade,
  isDue,
  parseCard,
  scheduleCard,
  scheduleReview,
  serializeCard,
  type ScheduledCard,
} from './scheduler';
export { dueInWords } from './dueWords';
export { latestResults, masteryBy, type AttemptOutcome, type Mastery } from './mastery';
export type { ReviewCardRow } from './types';
export { buildDecks, type DeckContent, type Flashcard, type FlashcardKind } from './decks';
export {
  NEW_CARDS_PER_SESSION,
  QUEUE_KINDS,
  countQueue,
  nextDue,
  queueItems,
  selectQueue,
  type QueueCounts,
  type QueueFilter,
  type QueueItem,
  type QueueKind,
} from './queue';
