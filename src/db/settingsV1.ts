import type { ChallengeProgressRow, QuestionReportRow } from './types';

/** The settings keys under which schema 1 kept what schema 2 stores in tables. */
const CHALLENGES_KEY = 'challenges';
const REPORTS_KEY = 'questionReports';

export function questionReportId(questionId: string, createdAt: string) {
  return `${questionId}@${createdAt}`;
}

export interface SplitSettings {
  settings: unknown[];
  challengeProgress: ChallengeProgressRow[];
  questionReports: QuestionReportRow[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function challengeRows(value: unknown): ChallengeProgressRow[] | null {
  if (!isObject(value)) return null;
  const rows: ChallengeProgressRow[] = [];
  for (const [id, record] of Object.entries(value)) {
    if (!isObject(record)) return null;
    const { solvedAt, bestSteps } = record;
    if (typeof solvedAt !== 'string' || typeof bestSteps !== 'number') return null;
    rows.push({ id, solvedAt, bestSteps });
  }
  return rows;
}

function reportRows(value: unknown): QuestionReportRow[] | null {
  if (!Array.isArray(value)) return null;
  const rows: QuestionReportRow[] = [];
  for (const report of value) {
    if (!isObject(report)) return null;
    const { questionId, note, createdAt } = report;
    if (typeof questionId !== 'string' || typeof note !== 'string' || typeof createdAt !== 'string')
      return null;
    rows.push({ id: questionReportId(questionId, createdAt), questionId, note, createdAt });
  }
  return rows;
}

/**
 * Schema 1 kept challenge solves and question reports as whole values under two settings keys;
 * schema 2 gives each its own table. Both the database upgrade and the export-file upgrade call
 * this, so they move the same rows. A key whose value cannot be read whole stays in settings
 * untouched: nothing is lost and nothing throws.
 */
export function splitV1Settings(settings: readonly unknown[]): SplitSettings {
  const split: SplitSettings = { settings: [], challengeProgress: [], questionReports: [] };
  for (const row of settings) {
    const key = isObject(row) ? row['key'] : undefined;
    const challenges =
      key === CHALLENGES_KEY ? challengeRows((row as { value: unknown }).value) : null;
    const reports = key === REPORTS_KEY ? reportRows((row as { value: unknown }).value) : null;
    if (challenges) split.challengeProgress.push(...challenges);
    else if (reports) split.questionReports.push(...reports);
    else split.settings.push(row);
  }
  return split;
}
