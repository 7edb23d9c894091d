import type { ChallengeFile } from '../domain/challenges/schema';

/** Every challenge file, keyed by simulator; each simulator parses its own with its schemas. */
const files = import.meta.glob<{ default: unknown }>('/content/challenges/*/*.json', { eager: true });

export interface ChallengeEntry {
  simulator: string;
  id: string;
  raw: unknown;
  meta: Pick<ChallengeFile, 'title' | 'summary' | 'difficulty' | 'traps' | 'lesson'>;
}

export const challengeEntries: ChallengeEntry[] = Object.entries(files)
  .map(([path, mod]) => {
    const [, simulator = '', id = ''] = /\/content\/challenges\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
    const raw = mod.default as ChallengeFile;
    return { simulator, id, raw: mod.default, meta: { title: raw.title, summary: raw.summary, difficulty: raw.difficulty, traps: raw.traps, lesson: raw.lesson } };
  })
  .sort((a, b) => a.meta.difficulty - b.meta.difficulty || a.meta.title.localeCompare(b.meta.title));

export function findChallenge(simulator: string, id: string) {
  return challengeEntries.find((c) => c.simulator === simulator && c.id === id);
}

/** Where a challenge opens, found by its id alone (ids are unique across simulators). */
export function challengeHref(id: string): string | null {
  const entry = challengeEntries.find((c) => c.id === id);
  return entry ? `/sandbox/${entry.simulator}?challenge=${encodeURIComponent(entry.id)}` : null;
}
