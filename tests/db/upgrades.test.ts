import Dexie from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArtifactLabDatabase } from '../../src/db/database';
import { parseExportFile } from '../../src/db/exportFile';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

const fixturePath = (v: number) => join(__dirname, `../fixtures/db-v${v}.json`);
const load = (v: number) => JSON.parse(readFileSync(fixturePath(v), 'utf8')) as Fixture;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database written with exactly `version`'s schema, as an old app would have left it. */
async function writeOldDatabase(version: number, tables: Fixture['tables']) {
  const name = `upgrade-from-v${version}-${names.length}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores(SCHEMA_VERSIONS.find((v) => v.version === version)!.stores);
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkPut(rows);
  old.close();
  return name;
}

async function openCurrent(name: string) {
  const current = new ArtifactLabDatabase(name);
  await current.open();
  const tables = Object.fromEntries(
    await Promise.all(current.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  current.close();
  return { verno: current.verno, tables };
}

const exportFileOf = (version: number, tables: unknown) =>
  parseExportFile(
    JSON.stringify({
      app: 'artifact-lab',
      schemaVersion: version,
      exportedAt: '2026-11-24T00:00:00.000Z',
      tables,
    }),
  );

describe('schema upgrades', () => {
  it('has a frozen fixture for every released schema version', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(existsSync(fixturePath(version)), `tests/fixtures/db-v${version}.json`).toBe(true);
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a version ${version} database with the current schema, with the same rows as its export file imports`, async () => {
      const fixture = load(version);
      const { verno, tables } = await openCurrent(await writeOldDatabase(version, fixture.tables));
      expect(verno).toBe(CURRENT_SCHEMA_VERSION);
      // The database upgrade and the export-file upgrade move every row the same way.
      const imported: Record<string, unknown[]> = {
        ...exportFileOf(version, fixture.tables).tables,
      };
      expect(Object.keys(tables).sort()).toEqual(Object.keys(imported).sort());
      for (const [table, rows] of Object.entries(imported)) {
        expect(tables[table], table).toHaveLength(rows.length);
        for (const row of rows) expect(tables[table]).toContainEqual(row);
      }
    });

    it(`imports an export file written at version ${version}`, () => {
      const fixture = load(version);
      const file = exportFileOf(version, fixture.tables);
      expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(file.tables.attempts).toHaveLength(fixture.tables['attempts']!.length);
    });
  }

  it('keeps every record of a current-version database as it is', async () => {
    const fixture = load(CURRENT_SCHEMA_VERSION);
    const { tables } = await openCurrent(
      await writeOldDatabase(CURRENT_SCHEMA_VERSION, fixture.tables),
    );
    for (const [table, rows] of Object.entries(fixture.tables))
      expect(tables[table], table).toEqual(expect.arrayContaining(rows));
  });

  it('1 → 2 moves challenge solves and question reports from settings into their tables', async () => {
    const { tables } = await openCurrent(await writeOldDatabase(1, load(1).tables));
    expect(tables['settings']).toEqual([]);
    expect(tables['challengeProgress']).toEqual([
      { id: 'predict-search-order', solvedAt: '2026-11-23T12:05:00.000Z', bestSteps: 1 },
    ]);
    expect(tables['questionReports']).toEqual([
      {
        id: 'upstreams-01@2026-11-22T10:05:00.000Z',
        questionId: 'upstreams-01',
        note: 'Option c reads ambiguously.',
        createdAt: '2026-11-22T10:05:00.000Z',
      },
    ]);
    expect(tables['flashcards']).toEqual([]);
    expect(tables['reviewLog']).toEqual([]);
  });

  it('1 → 2 leaves a settings value it cannot read where it was, and keeps other settings', async () => {
    const settings = [
      { key: 'challenges', value: { 'predict-search-order': { solvedAt: 7 } } },
      { key: 'questionReports', value: 'not a list' },
      { key: 'examMinutes', value: 90 },
    ];
    const { tables } = await openCurrent(
      await writeOldDatabase(1, { ...load(1).tables, settings }),
    );
    expect(tables['settings']).toEqual(expect.arrayContaining(settings));
    expect(tables['challengeProgress']).toEqual([]);
    expect(tables['questionReports']).toEqual([]);
  });
});
