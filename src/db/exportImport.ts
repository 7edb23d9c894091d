import { db } from './database';
import { EXPORT_APP, type ExportFile, type ExportTables } from './exportFile';
import { CURRENT_SCHEMA_VERSION } from './schema';

const TABLES = ['lessonProgress', 'attempts', 'reviewCards', 'sandboxSaves', 'settings'] as const;

/** Every table, as one versioned object. */
export async function exportProgress(now: Date): Promise<ExportFile> {
  return db.transaction(
    'r',
    TABLES.map((t) => db[t]),
    async () => ({
      app: EXPORT_APP,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      tables: {
        lessonProgress: await db.lessonProgress.toArray(),
        attempts: await db.attempts.toArray(),
        reviewCards: await db.reviewCards.toArray(),
        sandboxSaves: await db.sandboxSaves.toArray(),
        settings: await db.settings.toArray(),
      },
    }),
  );
}

export interface ImportSummary {
  counts: Record<keyof ExportTables, number>;
  exportedAt: string;
  /** Whether the file is newer than the newest thing already stored here. */
  newerThanHere: boolean;
}

export async function summarizeImport(file: ExportFile): Promise<ImportSummary> {
  const here = await exportProgress(new Date(0));
  const newest = (t: ExportTables) =>
    [
      ...t.attempts.map((a) => a.submittedAt ?? a.createdAt),
      ...t.lessonProgress.map((p) => p.updatedAt),
      ...t.reviewCards.map((c) => c.lastAnsweredAt),
    ]
      .sort()
      .at(-1) ?? '';
  return {
    counts: Object.fromEntries(
      TABLES.map((t) => [t, file.tables[t].length]),
    ) as ImportSummary['counts'],
    exportedAt: file.exportedAt,
    newerThanHere: newest(file.tables) >= newest(here.tables),
  };
}

/**
 * Writes an imported file in one transaction: all of it or none of it. "merge" keeps what is
 * here and adds or overwrites by key (for lesson progress the furthest reading wins);
 * "replace" clears every table first.
 */
export async function importProgress(file: ExportFile, mode: 'merge' | 'replace') {
  await db.transaction(
    'rw',
    TABLES.map((t) => db[t]),
    async () => {
      if (mode === 'replace') await Promise.all(TABLES.map((t) => db[t].clear()));
      const { lessonProgress, attempts, reviewCards, sandboxSaves, settings } = file.tables;
      if (mode === 'merge') {
        const existing = new Map((await db.lessonProgress.toArray()).map((p) => [p.slug, p]));
        await db.lessonProgress.bulkPut(
          lessonProgress.map((p) => {
            const here = existing.get(p.slug);
            if (!here) return p;
            return {
              ...p,
              readFraction: Math.max(p.readFraction, here.readFraction),
              completedAt: p.completedAt ?? here.completedAt,
              updatedAt: p.updatedAt > here.updatedAt ? p.updatedAt : here.updatedAt,
            };
          }),
        );
      } else {
        await db.lessonProgress.bulkPut(lessonProgress);
      }
      await db.attempts.bulkPut(attempts);
      if (mode === 'merge') {
        // The card answered most recently carries the learner's current memory of the question.
        const existing = new Map((await db.reviewCards.toArray()).map((c) => [c.questionId, c]));
        await db.reviewCards.bulkPut(
          reviewCards.filter(
            (c) => (existing.get(c.questionId)?.lastAnsweredAt ?? '') <= c.lastAnsweredAt,
          ),
        );
      } else {
        await db.reviewCards.bulkPut(reviewCards);
      }
      await db.sandboxSaves.bulkPut(sandboxSaves);
      await db.settings.bulkPut(settings);
    },
  );
}

/** Deletes everything this app stored in IndexedDB (preferences live in the preferences store). */
export async function deleteAllData() {
  await db.transaction(
    'rw',
    TABLES.map((t) => db[t]),
    async () => {
      await Promise.all(TABLES.map((t) => db[t].clear()));
    },
  );
}
