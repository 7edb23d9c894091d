import type { MDXContent } from 'mdx/types';
import lessonMetas from 'virtual:lessons';
import type { LessonSummary } from '../domain/content/schemas';

export const lessons: LessonSummary[] = [...lessonMetas].sort((a, b) => a.order - b.order);

const bodies = import.meta.glob<{ default: MDXContent }>('/content/lessons/*.mdx');

/** Loads a lesson's compiled MDX body (its own chunk). */
export async function loadLessonBody(meta: LessonSummary): Promise<MDXContent> {
  const key = `/content/lessons/${String(meta.order).padStart(2, '0')}-${meta.slug}.mdx`;
  const load = bodies[key];
  if (!load) throw new Error(`No lesson file ${key}`);
  return (await load()).default;
}

/** Starts fetching a lesson's body while its page code loads, so the two download in parallel. */
export function preloadLessonBody(slug: string | undefined) {
  const meta = lessons.find((l) => l.slug === slug);
  if (meta) void loadLessonBody(meta).catch(() => undefined);
  return null;
}
