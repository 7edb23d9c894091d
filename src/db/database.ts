import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';
import type {
  Attempt,
  ChallengeProgressRow,
  FlashcardRow,
  LessonProgress,
  QuestionReportRow,
  ReviewCardRow,
  ReviewLogRow,
  SandboxSave,
  SettingRow,
} from './types';

export class ArtifactLabDatabase extends Dexie {
  declare lessonProgress: EntityTable<LessonProgress, 'slug'>;
  declare attempts: EntityTable<Attempt, 'id'>;
  declare reviewCards: EntityTable<ReviewCardRow, 'questionId'>;
  declare sandboxSaves: EntityTable<SandboxSave, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare challengeProgress: EntityTable<ChallengeProgressRow, 'id'>;
  declare questionReports: EntityTable<QuestionReportRow, 'id'>;
  declare flashcards: EntityTable<FlashcardRow, 'cardId'>;
  declare reviewLog: EntityTable<ReviewLogRow, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
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
