import trapSections from 'virtual:trap-sections';
import type { Question } from '../domain/quiz/schema';

/** The section of the question's lesson that teaches the trap it tests, when the lesson has one. */
export function lessonSectionHref(q: Question): string {
  const sections = trapSections[q.lesson] ?? {};
  const section = q.traps.map((t) => sections[t]).find(Boolean);
  return `/learn/${q.lesson}${section ? `#${section}` : ''}`;
}
