/** Every doc tag (service/page) an engine's source cites, for checking them against DOC_PAGES. */
export function citedTags(
  sources: Record<string, string>,
  services: readonly string[],
): Set<string> {
  const tag = new RegExp(`(?<=[(\\s,])(?:${services.join('|')})/[A-Za-z0-9_-]+`, 'g');
  return new Set(Object.values(sources).flatMap((text) => text.match(tag) ?? []));
}
