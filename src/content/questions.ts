import type { Highlighted } from '../domain/content/richText';
import { isExamItem } from '../domain/quiz/pool';
import type { Question as AuthoredQuestion } from '../domain/quiz/schema';

/** A question as loaded: as authored, plus its code highlighted by the build. */
export type Question = AuthoredQuestion & Highlighted;

/** One lazily loaded chunk per lesson's question file. */
const files = import.meta.glob<{ default: Question[] }>('/content/questions/*.json');

export function loadLessonQuestions(lesson: string): Promise<Question[]> {
  const load = files[`/content/questions/${lesson}.json`];
  return load ? load().then((m) => m.default) : Promise.resolve([]);
}

export async function loadAllQuestions(): Promise<Question[]> {
  const all = await Promise.all(Object.values(files).map((load) => load().then((m) => m.default)));
  return all.flat();
}

/** The exam pool: every question a quiz, the review queue or a mastery count may use. */
export async function loadExamQuestions(): Promise<Question[]> {
  return (await loadAllQuestions()).filter(isExamItem);
}

/** The lesson of a question, read from its id (`<lesson-slug>-NN`). */
export function lessonOfQuestion(id: string): string {
  return id.replace(/-\d{2}$/, '');
}

export async function loadQuestion(id: string): Promise<Question | undefined> {
  return (await loadLessonQuestions(lessonOfQuestion(id))).find((q) => q.id === id);
}
