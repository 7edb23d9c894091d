import type { MDXContent } from 'mdx/types';
import lessonMetas from 'virtual:lessons';
import type { LessonSummary } from '../domain/content/schemas';

export const lessons: LessonSummary[] = [...lessonMetas].sort((a, b) => a.order - b.order);

const bodies = import.meta.glob<{ default: MDXContent }>('/content/lessons/*.mdx');

const bodyFile = (meta: LessonSummary) =>
  `content/lessons/${String(meta.order).padStart(2, '0')}-${meta.slug}.mdx`;

/** The source file of a lesson's body (as Vite's manifest names it), or null for no lesson. */
export function lessonBodyFile(slug: string | undefined): string | null {
  const meta = lessons.find((l) => l.slug === slug);
  return meta ? bodyFile(meta) : null;
}

/** Loads a lesson's compiled MDX body (its own chunk). */
export async function loadLessonBody(meta: LessonSummary): Promise<MDXContent> {
  const key = `/${bodyFile(meta)}`;
  const load = bodies[key];
  if (!load) throw new Error(`No lesson file ${key}`);
  return (await load()).default;
}

/** The compiled body of the lesson with this slug, or null when there is no such lesson. */
export async function lessonBodyBySlug(slug: string | undefined): Promise<MDXContent | null> {
  const meta = lessons.find((l) => l.slug === slug);
  return meta ? loadLessonBody(meta) : null;
}
