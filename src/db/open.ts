import { db, switchToInMemoryDatabase } from './database';

export type OpenOutcome = { persistent: true } | { persistent: false; reason: string };

const OPEN_TIMEOUT_MS = 4000;

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError')
      return 'the browser has no storage quota left for this site';
    if (error.name === 'MissingAPIError')
      return 'this browser (or its private mode) offers no IndexedDB';
    if (error.name === 'TimeoutError') return 'another tab is holding the database open';
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

/**
 * Opens IndexedDB. On failure (private mode, quota, blocked by another tab) switches to an
 * in-memory database so every feature still works, and reports why progress will not be kept.
 */
export async function openDatabase(): Promise<OpenOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.open(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error('open timed out'), { name: 'TimeoutError' })),
          OPEN_TIMEOUT_MS,
        );
      }),
    ]);
    return { persistent: true };
  } catch (error) {
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    switchToInMemoryDatabase({ indexedDB, IDBKeyRange });
    await db.open(); // db is a live binding: this is the in-memory database now
    return { persistent: false, reason: describe(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls back when another tab opens a newer schema: Dexie closes this connection so the upgrade
 * can proceed, and from then on this tab cannot save until it reloads.
 */
export function onDatabaseReplaced(callback: () => void) {
  db.on('versionchange', () => {
    callback();
    return false; // let Dexie close the connection
  });
}

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistenceState(): Promise<PersistenceState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Asks the browser not to evict our data under storage pressure. */
export async function requestPersistence(): Promise<PersistenceState> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
}
