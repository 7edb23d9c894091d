import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addQuestionReport, listQuestionReports } from '../../src/db/questionReports';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('questionReports', () => {
  it('lists reports oldest first and loses none sent at once', async () => {
    await Promise.all([
      addQuestionReport('signer-03', 'Typo in option b.', '2026-12-02T10:00:00.000Z'),
      addQuestionReport('upstreams-01', 'Option c reads ambiguously.', '2026-12-01T10:00:00.000Z'),
    ]);
    expect(await listQuestionReports()).toEqual([
      {
        id: 'upstreams-01@2026-12-01T10:00:00.000Z',
        questionId: 'upstreams-01',
        note: 'Option c reads ambiguously.',
        createdAt: '2026-12-01T10:00:00.000Z',
      },
      {
        id: 'signer-03@2026-12-02T10:00:00.000Z',
        questionId: 'signer-03',
        note: 'Typo in option b.',
        createdAt: '2026-12-02T10:00:00.000Z',
      },
    ]);
  });
});
