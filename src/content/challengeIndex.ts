import index from 'virtual:challenge-index';
import { simulatorRoute } from '../domain/simulators';

/** Every challenge's title, summary, traps and lesson (built from content/challenges at build time). */
export const challengeIndex = index;
export type ChallengeSummary = (typeof index)[number];

/** Where a challenge opens, found by its id alone (ids are unique across simulators). */
export function challengeHref(id: string): string | null {
  const entry = challengeIndex.find((c) => c.id === id);
  return entry ? simulatorRoute(entry.simulator, entry.id) : null;
}
