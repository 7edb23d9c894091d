import { PolicyError } from '../../../src/domain/errors';

/** Every doc tag (service/page) an engine's source cites, for checking them against DOC_PAGES. */
export function citedTags(
  sources: Record<string, string>,
  services: readonly string[],
): Set<string> {
  const tag = new RegExp(`(?<=[(\\s,])(?:${services.join('|')})/[A-Za-z0-9_-]+`, 'g');
  return new Set(Object.values(sources).flatMap((text) => text.match(tag) ?? []));
}

/** Runs `f`; anything it throws must be a PolicyError (bad input never crashes an engine). */
export function onlyPolicyErrors(f: () => unknown): void {
  try {
    f();
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
  }
}
