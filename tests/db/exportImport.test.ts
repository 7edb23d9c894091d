import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { parseExportFile } from '../../src/db/exportFile';
import {
  deleteAllData,
  exportProgress,
  importProgress,
  summarizeImport,
} from '../../src/db/exportImport';
import { PolicyError } from '../../src/domain/errors';

const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/db-v2.json'), 'utf8')) as {
  tables: Record<string, unknown[]>;
};
const fileText = (tables: unknown = fixture.tables, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'artifact-lab',
    schemaVersion: 2,
    exportedAt: '2026-11-24T00:00:00.000Z',
    tables,
    ...extra,
  });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('export and import', () => {
  it('round-trips every table', async () => {
    await importProgress(parseExportFile(fileText()), 'replace');
    const exported = await exportProgress(new Date('2026-11-25T00:00:00.000Z'));
    expect(exported).toMatchObject({
      app: 'artifact-lab',
      schemaVersion: 2,
      exportedAt: '2026-11-25T00:00:00.000Z',
    });
    for (const [table, rows] of Object.entries(fixture.tables))
      expect(exported.tables[table as keyof typeof exported.tables]).toEqual(
        expect.arrayContaining(rows),
      );
  });

  it('summarizes a file before anything is written', async () => {
    const summary = await summarizeImport(parseExportFile(fileText()));
    expect(summary.counts).toEqual({
      lessonProgress: 2,
      attempts: 1,
      reviewCards: 1,
      sandboxSaves: 1,
      settings: 1,
      challengeProgress: 1,
      questionReports: 1,
      flashcards: 1,
      reviewLog: 2,
    });
    expect(summary.newerThanHere).toBe(true);
    expect(await db.attempts.count()).toBe(0);
  });

  it('merge keeps what is here and the furthest reading; replace starts from the file', async () => {
    await db.lessonProgress.put({
      slug: 'upstreams',
      readFraction: 0.9,
      completedAt: null,
      lastSection: null,
      updatedAt: '2026-11-25T00:00:00.000Z',
    });
    await db.lessonProgress.put({
      slug: 'analogies',
      readFraction: 0.2,
      completedAt: null,
      lastSection: null,
      updatedAt: '2026-11-25T00:00:00.000Z',
    });
    await importProgress(parseExportFile(fileText()), 'merge');
    expect((await db.lessonProgress.get('upstreams'))?.readFraction).toBe(0.9);
    expect(await db.lessonProgress.get('analogies')).toBeDefined();
    expect(await db.attempts.count()).toBe(1);
    await importProgress(parseExportFile(fileText()), 'replace');
    expect(await db.lessonProgress.get('analogies')).toBeUndefined();
    expect((await db.lessonProgress.get('upstreams'))?.readFraction).toBe(0.6);
  });

  it('merge keeps the review card answered most recently', async () => {
    const newer = {
      ...(fixture.tables['reviewCards']![0] as object),
      lastAnsweredAt: '2026-12-01T00:00:00.000Z',
      lapses: 3,
    };
    await db.reviewCards.put(newer as never);
    await importProgress(parseExportFile(fileText()), 'merge');
    expect((await db.reviewCards.get('signer-02'))?.lapses).toBe(3);
  });

  it('merge keeps the flashcard answered most recently, the first solve and the fewest steps', async () => {
    const card = fixture.tables['flashcards']![0] as { cardId: string };
    await db.flashcards.put({
      ...(card as object),
      lastAnsweredAt: '2026-12-09T00:00:00.000Z',
      lapses: 4,
    } as never);
    await db.challengeProgress.put({
      id: 'predict-search-order',
      solvedAt: '2026-11-30T00:00:00.000Z',
      bestSteps: 0,
    });
    await importProgress(parseExportFile(fileText()), 'merge');
    expect((await db.flashcards.get(card.cardId))?.lapses).toBe(4);
    expect(await db.challengeProgress.get('predict-search-order')).toEqual({
      id: 'predict-search-order',
      solvedAt: '2026-11-23T12:05:00.000Z',
      bestSteps: 0,
    });
  });

  it('importing the same file twice keeps one copy of each report and review', async () => {
    await importProgress(parseExportFile(fileText()), 'merge');
    await importProgress(parseExportFile(fileText()), 'merge');
    expect(await db.questionReports.count()).toBe(1);
    expect(await db.reviewLog.count()).toBe(2);
  });

  it('is all or nothing: a failure half-way leaves every table as it was', async () => {
    await db.attempts.put({
      ...(fixture.tables['attempts']![0] as object),
      id: 'already-here',
    } as never);
    const spy = vi.spyOn(db.sandboxSaves, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(importProgress(parseExportFile(fileText()), 'replace')).rejects.toThrow(
      'disk full',
    );
    spy.mockRestore();
    expect((await db.attempts.toArray()).map((a) => a.id)).toEqual(['already-here']);
    expect(await db.lessonProgress.count()).toBe(0);
  });

  it('refuses broken files, naming the field and the record', () => {
    const expectError = (text: string, pattern: RegExp) => {
      try {
        parseExportFile(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PolicyError);
        expect((error as Error).message).toMatch(pattern);
      }
    };
    expectError(
      '{"app": "artifact-lab", "schemaVersion": 1, "tabl',
      /not a JSON file, or it is cut short/,
    );
    expectError(fileText(fixture.tables, { app: 'another-app' }), /not Artifact Lab/);
    expectError(fileText(fixture.tables, { schemaVersion: 7 }), /newer Artifact Lab/);
    expectError(JSON.stringify({ hello: 'world' }), /not an Artifact Lab progress file/);
    const badAttempt = {
      ...fixture.tables,
      attempts: [{ ...(fixture.tables['attempts']![0] as object), status: 'paused' }],
    };
    expectError(
      fileText(badAttempt),
      /tables\.attempts\[0\]\.status \(record 7d7c3f0e-1a2b-4c3d-8e9f-0a1b2c3d4e5f\)/,
    );
    const badReview = {
      ...fixture.tables,
      reviewLog: [{ ...(fixture.tables['reviewLog']![1] as object), grade: 'meh' }],
    };
    expectError(
      fileText(badReview),
      /tables\.reviewLog\[0\]\.grade \(record term:upstream-repository@2026-12-05T09:00:00\.000Z\)/,
    );
    expectError(
      fileText(fixture.tables).replace('"tables":{', '"tables":{"__proto__":{"x":1},'),
      /"__proto__" is not allowed/,
    );
  });

  it('deletes every table on request', async () => {
    await importProgress(parseExportFile(fileText()), 'replace');
    await deleteAllData();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});
