import details from 'virtual:lesson-details';
import type { LessonMeta } from '../domain/content/schemas';

/** Objectives, references and sections of a lesson: loaded with the lesson page only. */
export function lessonDetails(slug: string): LessonMeta | undefined {
  return details[slug];
}
