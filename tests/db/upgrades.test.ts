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

describe('schema upgrades', () => {
  it('has a frozen fixture for every released schema version', () => {
    for (const { version } of SCHEMA_VERSIONS)
      expect(existsSync(fixturePath(version)), `tests/fixtures/db-v${version}.json`).toBe(true);
  });

  for (const { version, stores } of SCHEMA_VERSIONS) {
    it(`opens a version ${version} database with the current schema and keeps every record`, async () => {
      const fixture = load(version);
      const name = `upgrade-from-v${version}`;
      names.push(name);
      // Write the fixture with exactly that version's schema, as an old app would have.
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.open();
      for (const [table, rows] of Object.entries(fixture.tables))
        await old.table(table).bulkPut(rows);
      old.close();

      const current = new ArtifactLabDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await current.table(table).toArray();
        expect(stored, table).toHaveLength(rows.length);
        for (const row of rows) expect(stored).toContainEqual(row);
      }
      current.close();
    });

    it(`imports an export file written at version ${version}`, () => {
      const fixture = load(version);
      const file = parseExportFile(
        JSON.stringify({
          app: 'artifact-lab',
          schemaVersion: version,
          exportedAt: '2026-11-24T00:00:00.000Z',
          tables: fixture.tables,
        }),
      );
      expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(file.tables.attempts).toHaveLength(fixture.tables['attempts']!.length);
    });
  }
});
