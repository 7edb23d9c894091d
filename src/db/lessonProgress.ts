import { db } from './database';
import type { LessonProgress } from './types';

export type { LessonProgress };

export function getLessonProgress(slug: string) {
  return db.lessonProgress.get(slug);
}

export function listLessonProgress() {
  return db.lessonProgress.toArray();
}

/** Records how far the learner has read; never moves the furthest point backwards. */
export async function recordReading(
  slug: string,
  readFraction: number,
  lastSection: string | null,
  now: string,
) {
  await db.transaction('rw', db.lessonProgress, async () => {
    const existing = await db.lessonProgress.get(slug);
    await db.lessonProgress.put({
      slug,
      // A NaN stored once would stick forever (Math.max(x, NaN) is NaN), so it never gets in.
      readFraction: Math.min(
        1,
        Math.max(existing?.readFraction || 0, Number.isFinite(readFraction) ? readFraction : 0),
      ),
      completedAt: existing?.completedAt ?? null,
      lastSection: lastSection ?? existing?.lastSection ?? null,
      updatedAt: now,
    });
  });
}

export async function setLessonComplete(slug: string, complete: boolean, now: string) {
  await db.transaction('rw', db.lessonProgress, async () => {
    const existing = await db.lessonProgress.get(slug);
    await db.lessonProgress.put({
      slug,
      readFraction: complete ? 1 : (existing?.readFraction ?? 0),
      completedAt: complete ? now : null,
      lastSection: existing?.lastSection ?? null,
      updatedAt: now,
    });
  });
}
