import { db } from './database';
import type { SettingRow } from './types';

export type { SettingRow };

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export function putSetting(key: string, value: unknown) {
  return db.settings.put({ key, value });
}
