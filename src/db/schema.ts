/**
 * Every released schema version, oldest first. A new version is appended here (never edited in
 * place) together with its upgrade function and a fixture in tests/fixtures/db-vN.json.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      lessonProgress: 'slug, updatedAt',
      attempts: 'id, status, createdAt',
      reviewCards: 'questionId, due',
      sandboxSaves: 'id, simulator, updatedAt',
      settings: 'key',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
export const DATABASE_NAME = 'artifact-lab';
