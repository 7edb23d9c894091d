import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as database from '../../src/db/database';
import { openDatabase } from '../../src/db/open';

beforeEach(async () => {
  await database.db.delete();
  await database.db.open();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function expectWorkingDatabase() {
  await database.db.settings.put({ key: 'probe', value: 'in memory' });
  expect(await database.db.settings.get('probe')).toEqual({ key: 'probe', value: 'in memory' });
}

describe('openDatabase', () => {
  it('reports persistent storage when IndexedDB opens', async () => {
    expect(await openDatabase()).toEqual({ persistent: true });
    expect(database.db.isOpen()).toBe(true);
  });

  it('falls back to a working in-memory database when IndexedDB is missing', async () => {
    const before = database.db;
    vi.spyOn(before, 'open').mockRejectedValue(
      Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }),
    );
    const outcome = await openDatabase();
    expect(outcome).toEqual({
      persistent: false,
      reason: 'this browser (or its private mode) offers no IndexedDB',
    });
    expect(database.db).not.toBe(before); // the live binding now points at the in-memory database
    expect(database.db.isOpen()).toBe(true);
    await expectWorkingDatabase();
  });

  it('names an unexpected error in the reason', async () => {
    vi.spyOn(database.db, 'open').mockRejectedValue(
      Object.assign(new Error('disk on fire'), { name: 'UnknownError' }),
    );
    expect(await openDatabase()).toEqual({
      persistent: false,
      reason: 'UnknownError: disk on fire',
    });
    await expectWorkingDatabase();
  });

  it('gives up after a timeout when another tab holds the database', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(database.db, 'open').mockReturnValue(
      new Promise(() => {}) as ReturnType<typeof database.db.open>,
    );
    const pending = openDatabase();
    await vi.advanceTimersByTimeAsync(4000);
    vi.useRealTimers();
    expect(await pending).toEqual({
      persistent: false,
      reason: 'another tab is holding the database open',
    });
    await expectWorkingDatabase();
  });
});
