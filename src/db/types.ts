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

export type { ReviewCardRow } from '../domain/review/types';

export type SimulatorId = 'upstream' | 'lifecycle' | 'access';

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
