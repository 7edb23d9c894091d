import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getSetting, putSetting } from '../../src/db/settings';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('settings', () => {
  it('returns the fallback for a missing key', async () => {
    expect(await getSetting('examMinutes', 180)).toBe(180);
  });

  it('stores and overwrites values of any JSON shape, including falsy ones', async () => {
    await putSetting('examMinutes', 90);
    await putSetting('theme', { mode: 'dark' });
    await putSetting('sounds', false);
    expect(await getSetting('examMinutes', 180)).toBe(90);
    expect(await getSetting('theme', { mode: 'system' })).toEqual({ mode: 'dark' });
    expect(await getSetting('sounds', true)).toBe(false);
    await putSetting('examMinutes', 120);
    expect(await getSetting('examMinutes', 180)).toBe(120);
  });
});
