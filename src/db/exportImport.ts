import { mergeChallengeRecords } from './challengeProgress';
import { db } from './database';
import { EXPORT_APP, type ExportFile, type ExportTables } from './exportFile';
import { CURRENT_SCHEMA_VERSION } from './schema';

const TABLES = [
  'lessonProgress',
  'attempts',
  'reviewCards',
  'sandboxSaves',
  'settings',
  'challengeProgress',
  'questionReports',
  'flashcards',
  'reviewLog',
] as const;

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
        challengeProgress: await db.challengeProgress.toArray(),
        questionReports: await db.questionReports.toArray(),
        flashcards: await db.flashcards.toArray(),
        reviewLog: await db.reviewLog.toArray(),
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
      ...t.flashcards.map((c) => c.lastAnsweredAt),
      ...t.challengeProgress.map((c) => c.solvedAt),
      ...t.questionReports.map((r) => r.createdAt),
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
 * here and adds or overwrites by key (lesson progress: the furthest reading wins; review cards
 * and flashcards: the one answered last; challenges: the first solve and the fewest steps);
 * "replace" clears every table first.
 */
export async function importProgress(file: ExportFile, mode: 'merge' | 'replace') {
  await db.transaction(
    'rw',
    TABLES.map((t) => db[t]),
    async () => {
      if (mode === 'replace') await Promise.all(TABLES.map((t) => db[t].clear()));
      const t = file.tables;
      if (mode === 'merge') {
        const existing = new Map((await db.lessonProgress.toArray()).map((p) => [p.slug, p]));
        await db.lessonProgress.bulkPut(
          t.lessonProgress.map((p) => {
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
        // The card answered most recently carries the learner's current memory of it.
        const here = await db.reviewCards.toArray();
        await db.reviewCards.bulkPut(answeredLast(here, t.reviewCards, (c) => c.questionId));
        const hereCards = await db.flashcards.toArray();
        await db.flashcards.bulkPut(answeredLast(hereCards, t.flashcards, (c) => c.cardId));
        const solved = new Map((await db.challengeProgress.toArray()).map((c) => [c.id, c]));
        await db.challengeProgress.bulkPut(
          t.challengeProgress.map((c) => mergeChallengeRecords(solved.get(c.id), c)),
        );
      } else {
        await db.lessonProgress.bulkPut(t.lessonProgress);
        await db.reviewCards.bulkPut(t.reviewCards);
        await db.flashcards.bulkPut(t.flashcards);
        await db.challengeProgress.bulkPut(t.challengeProgress);
      }
      await db.attempts.bulkPut(t.attempts);
      await db.sandboxSaves.bulkPut(t.sandboxSaves);
      await db.settings.bulkPut(t.settings);
      // Keyed by content and time: the same report or review imported twice is one row.
      await db.questionReports.bulkPut(t.questionReports);
      await db.reviewLog.bulkPut(t.reviewLog);
    },
  );
}

/** The incoming cards answered at least as recently as the same card here. */
function answeredLast<T extends { lastAnsweredAt: string }>(
  here: T[],
  incoming: T[],
  keyOf: (card: T) => string,
): T[] {
  const answeredAt = new Map(here.map((c) => [keyOf(c), c.lastAnsweredAt]));
  return incoming.filter((c) => (answeredAt.get(keyOf(c)) ?? '') <= c.lastAnsweredAt);
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
