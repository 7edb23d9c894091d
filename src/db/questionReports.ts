import { getSetting, putSetting } from './settings';

export interface QuestionReport {
  questionId: string;
  note: string;
  createdAt: string;
}

const KEY = 'questionReports';

export function listQuestionReports() {
  return getSetting<QuestionReport[]>(KEY, []);
}

export async function addQuestionReport(questionId: string, note: string, now: string) {
  const reports = await listQuestionReports();
  await putSetting(KEY, [...reports, { questionId, note, createdAt: now }]);
}
