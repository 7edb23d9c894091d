import { groupByKeys } from '../groupByKeys';
import type { Question } from './schema';

/** All-or-nothing, as on the real exam: exactly the correct set, no partial credit. */
export function isAnswerCorrect(question: Question, selected: readonly string[]): boolean {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  return selected.length === correct.length && correct.every((id) => selected.includes(id));
}

export interface Score {
  correct: number;
  total: number;
  percent: number;
  perQuestion: Record<string, boolean>;
}

export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, readonly string[]>>,
): Score {
  const perQuestion: Record<string, boolean> = {};
  for (const q of questions) perQuestion[q.id] = isAnswerCorrect(q, answers[q.id] ?? []);
  const correct = Object.values(perQuestion).filter(Boolean).length;
  const total = questions.length;
  return {
    correct,
    total,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
    perQuestion,
  };
}

/** The practice pass line; the real exam reports a scaled score where 750 of 1000 passes. */
export const PASS_PERCENT = 75;

export interface Breakdown {
  key: string;
  correct: number;
  total: number;
}

/** Correct/total grouped by a key of each question (its lesson, or each trap it tests). */
export function breakdownBy(
  questions: readonly Question[],
  perQuestion: Readonly<Record<string, boolean>>,
  keysOf: (q: Question) => readonly string[],
): Breakdown[] {
  return groupByKeys(questions, keysOf).map(({ key, items }) => ({
    key,
    correct: items.filter((q) => perQuestion[q.id]).length,
    total: items.length,
  }));
}
