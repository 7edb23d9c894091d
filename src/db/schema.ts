/** Version 1's tables; later versions start from them. */
const VERSION_1_STORES = {
  lessonProgress: 'slug, updatedAt',
  attempts: 'id, status, createdAt',
  reviewCards: 'questionId, due',
  sandboxSaves: 'id, simulator, updatedAt',
  settings: 'key',
} as const;

/**
 * Every released schema version, oldest first. A new version is appended here (never edited in
 * place) together with its upgrade (upgrades.ts) and a fixture in tests/fixtures/db-vN.json.
 */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: VERSION_1_STORES },
  {
    // Challenge solves and question reports leave their settings keys for tables of their own
    // (upgrade in upgrades.ts); flashcards and the review history arrive.
    version: 2,
    stores: {
      ...VERSION_1_STORES,
      challengeProgress: 'id',
      questionReports: 'id, createdAt',
      flashcards: 'cardId, due',
      reviewLog: 'id, cardId, answeredAt',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
export const DATABASE_NAME = 'artifact-lab';
