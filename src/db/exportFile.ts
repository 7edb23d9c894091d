import * as z from 'zod/mini';
import { parseJsonOrThrow, rejectForbiddenKeys } from '../domain/parseOrThrow';
import { PolicyError } from '../domain/errors';
import { SIMULATORS } from '../domain/simulators';
import { attemptSchema } from './attemptSchema';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { splitV1Settings } from './settingsV1';
import type { TableRows } from './types';

export const EXPORT_APP = 'artifact-lab';

export type ExportTables = { [Table in keyof TableRows]: TableRows[Table][] };

export interface ExportFile {
  app: typeof EXPORT_APP;
  schemaVersion: number;
  exportedAt: string;
  tables: ExportTables;
}

const iso = z.iso.datetime();

const id = z.string().check(z.minLength(1));
/** A ts-fsrs card as stored; the scheduler revives or resets it, so only its shape is checked. */
const scheduled = {
  card: z.record(z.string(), z.unknown()),
  due: z.number(),
  lapses: z.number().check(z.int(), z.gte(0)),
  lastAnsweredAt: iso,
};

/** Each table's rows as the current schema (version 2) writes them. */
const tablesSchema = z.strictObject({
  lessonProgress: z.array(
    z.strictObject({
      slug: id,
      readFraction: z.number().check(z.gte(0), z.lte(1)),
      completedAt: z.nullable(iso),
      lastSection: z.nullable(z.string()),
      updatedAt: iso,
    }),
  ),
  attempts: z.array(attemptSchema),
  reviewCards: z.array(z.strictObject({ questionId: id, ...scheduled })),
  sandboxSaves: z.array(
    z.strictObject({
      id,
      simulator: z.enum(SIMULATORS),
      name: z.string(),
      state: z.unknown(),
      createdAt: iso,
      updatedAt: iso,
    }),
  ),
  settings: z.array(z.strictObject({ key: id, value: z.unknown() })),
  challengeProgress: z.array(
    z.strictObject({ id, solvedAt: iso, bestSteps: z.number().check(z.int(), z.gte(0)) }),
  ),
  questionReports: z.array(
    z.strictObject({ id, questionId: id, note: z.string(), createdAt: iso }),
  ),
  flashcards: z.array(z.strictObject({ cardId: id, ...scheduled })),
  reviewLog: z.array(
    z.strictObject({
      id,
      cardId: id,
      grade: z.enum(['again', 'hard', 'good', 'easy']),
      answeredAt: iso,
      due: z.number(),
    }),
  ),
});

const header = z.object({
  app: z.string(),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
  exportedAt: iso,
  tables: z.unknown(),
});

/**
 * Upgrades an older export to the current schema, one version at a time. Each released schema
 * version adds its step here together with its Dexie upgrade.
 */
const UPGRADES: Record<number, (tables: unknown) => unknown> = {
  // 1 → 2: challenge solves and question reports leave settings for their own tables (the same
  // split as the database upgrade); flashcards and the review history start empty.
  1: (tables) => {
    if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) return tables;
    const v1 = tables as Record<string, unknown>;
    const split = Array.isArray(v1['settings']) ? splitV1Settings(v1['settings']) : null;
    return {
      ...v1,
      ...(split ?? {}),
      flashcards: [],
      reviewLog: [],
    };
  },
};

function describePath(path: readonly PropertyKey[], tables: unknown): string {
  // "tables.attempts[2].deadline" plus the record's id when there is one, e.g. (id abc-123).
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const [table, index] = path;
  const row =
    typeof table === 'string' && typeof index === 'number'
      ? (tables as Record<string, unknown[]>)[table]?.[index]
      : undefined;
  const id =
    row && typeof row === 'object'
      ? ((row as Record<string, unknown>)['id'] ??
        (row as Record<string, unknown>)['slug'] ??
        (row as Record<string, unknown>)['questionId'] ??
        (row as Record<string, unknown>)['cardId'] ??
        (row as Record<string, unknown>)['key'])
      : undefined;
  return `tables${parts}${id !== undefined ? ` (record ${String(id)})` : ''}`;
}

/**
 * Reads an export file's text. Throws PolicyError saying which field of which record is wrong;
 * nothing is written anywhere by this function.
 */
export function parseExportFile(text: string): ExportFile {
  const raw = parseJsonOrThrow(
    text,
    '',
    (reason) => `this is not a JSON file, or it is cut short (${reason})`,
  );
  rejectForbiddenKeys(raw);
  const head = header.safeParse(raw);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    throw new PolicyError(
      issue.path.join('.'),
      `this is not an Artifact Lab progress file (${issue.message})`,
    );
  }
  if (head.data.app !== EXPORT_APP)
    throw new PolicyError('app', `this file comes from “${head.data.app}”, not Artifact Lab`);
  if (head.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new PolicyError(
      'schemaVersion',
      `this file was exported by a newer Artifact Lab (schema ${head.data.schemaVersion}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Reload to update the app, then import again.`,
    );
  }
  let tables = head.data.tables;
  for (let v = head.data.schemaVersion; v < CURRENT_SCHEMA_VERSION; v += 1)
    tables = UPGRADES[v]!(tables);
  const parsed = tablesSchema.safeParse(tables);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PolicyError(describePath(issue.path, tables), issue.message);
  }
  return {
    app: EXPORT_APP,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: head.data.exportedAt,
    tables: parsed.data as ExportTables,
  };
}

export function exportFileName(now: Date): string {
  return `artifact-lab-progress-${now.toISOString().slice(0, 10)}.json`;
}
