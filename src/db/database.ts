import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import type { Attempt, LessonProgress, ReviewCardRow, SandboxSave, SettingRow } from './types';

export class ArtifactLabDatabase extends Dexie {
  declare lessonProgress: EntityTable<LessonProgress, 'slug'>;
  declare attempts: EntityTable<Attempt, 'id'>;
  declare reviewCards: EntityTable<ReviewCardRow, 'questionId'>;
  declare sandboxSaves: EntityTable<SandboxSave, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}

/**
 * The database every table module uses. It is a live binding: when IndexedDB cannot be opened,
 * `switchToInMemoryDatabase` swaps it for an in-memory one so the app keeps working for the session.
 */
export let db = new ArtifactLabDatabase();

export function switchToInMemoryDatabase(options: DexieOptions) {
  db.close();
  db = new ArtifactLabDatabase(DATABASE_NAME, options);
}
