import { db } from './database';
import { questionReportId } from './settingsV1';
import type { QuestionReportRow } from './types';

export type QuestionReport = QuestionReportRow;

/** Oldest first. */
export function listQuestionReports(): Promise<QuestionReport[]> {
  return db.questionReports.orderBy('createdAt').toArray();
}

/** One put, so no read-then-write race: each report is its own row. */
export function addQuestionReport(questionId: string, note: string, now: string) {
  return db.questionReports.put({
    id: questionReportId(questionId, now),
    questionId,
    note,
    createdAt: now,
  });
}
