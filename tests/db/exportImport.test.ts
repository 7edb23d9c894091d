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

const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/db-v1.json'), 'utf8')) as {
  tables: Record<string, unknown[]>;
};
const fileText = (tables: unknown = fixture.tables, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    app: 'artifact-lab',
    schemaVersion: 1,
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
      schemaVersion: 1,
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
      settings: 2,
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
    expectError(
      fileText(fixture.tables).replace('"tables":{', '"tables":{"__proto__":{"x":1},'),
      /"__proto__" is not allowed/,
    );
  });

  it('deletes every table on request', async () => {
    await importProgress(parseExportFile(fileText()), 'replace');
    await deleteAllData();
    for (const table of [
      'lessonProgress',
      'attempts',
      'reviewCards',
      'sandboxSaves',
      'settings',
    ] as const)
      expect(await db[table].count()).toBe(0);
  });
});
