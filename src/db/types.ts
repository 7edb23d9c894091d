/** Row shapes of every table; each table module re-exports its own. */

export interface LessonProgress {
  slug: string;
  /** Share of the lesson scrolled through, 0–1, the furthest reached. */
  readFraction: number;
  completedAt: string | null;
  /** Id of the last section heading the learner reached, to resume there. */
  lastSection: string | null;
  updatedAt: string;
}

export type AttemptMode = 'practice' | 'exam';
export type AttemptStatus = 'in-progress' | 'submitted';

export interface AttemptResult {
  correct: number;
  total: number;
  percent: number;
  usedSeconds: number;
  perQuestion: Record<string, boolean>;
}

export interface Attempt {
  id: string;
  mode: AttemptMode;
  /** How the questions were chosen, shown on results ("All lessons", "Trap: …"). */
  scopeLabel: string;
  questionIds: string[];
  seed: number;
  answers: Record<string, string[]>;
  flags: string[];
  createdAt: string;
  /** ISO time the timed exam ends; null in practice mode. */
  deadline: string | null;
  /** XState persisted snapshot of the quiz session machine. */
  snapshot: unknown;
  status: AttemptStatus;
  submittedAt: string | null;
  result: AttemptResult | null;
}

import type { ReviewCardRow } from '../domain/review/types';

export type { ReviewCardRow };

import type { SimulatorId } from '../domain/simulators';

export type { SimulatorId };

export interface SandboxSave {
  id: string;
  simulator: SimulatorId;
  name: string;
  state: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface ChallengeProgressRow {
  /** The challenge id. */
  id: string;
  solvedAt: string;
  /** Fewest actions the learner needed (lower is better, as in golf). */
  bestSteps: number;
}

export interface QuestionReportRow {
  /** `questionId@createdAt`: the same report imported twice is stored once. */
  id: string;
  questionId: string;
  note: string;
  createdAt: string;
}

/** A flashcard's spaced-repetition state; the card's text comes from the content, by id. */
export interface FlashcardRow {
  /** e.g. `term:upstream-repository`, `term:upstream-repository:reverse`, `trap:…`, `number:…` */
  cardId: string;
  /** ts-fsrs card with dates as ISO strings. */
  card: Record<string, unknown>;
  /** Due time in epoch milliseconds (indexed). */
  due: number;
  lapses: number;
  lastAnsweredAt: string;
}

/** One review of any card, kept as history (and as input for tuning the scheduler later). */
export interface ReviewLogRow {
  /** `cardId@answeredAt`. */
  id: string;
  /** A flashcard id, or `question:<questionId>`. */
  cardId: string;
  grade: 'again' | 'hard' | 'good' | 'easy';
  answeredAt: string;
  /** When the review scheduled the card next (epoch ms). */
  due: number;
}

/** Each table's row type, by table name. */
export interface TableRows {
  lessonProgress: LessonProgress;
  attempts: Attempt;
  reviewCards: ReviewCardRow;
  sandboxSaves: SandboxSave;
  settings: SettingRow;
  challengeProgress: ChallengeProgressRow;
  questionReports: QuestionReportRow;
  flashcards: FlashcardRow;
  reviewLog: ReviewLogRow;
}
