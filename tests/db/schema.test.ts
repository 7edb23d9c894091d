import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('schema versions', () => {
  it('are strictly increasing, and the current version is the last', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    versions.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(versions[i]!));
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
  });

  it('opens the database at the current version with every table', () => {
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attempts',
      'challengeProgress',
      'flashcards',
      'lessonProgress',
      'questionReports',
      'reviewCards',
      'reviewLog',
      'sandboxSaves',
      'settings',
    ]);
  });
});
