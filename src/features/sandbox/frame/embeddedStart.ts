/** The id of the JSON block in which a prerendered simulator page carries its start. */
export const EMBEDDED_START_ID = 'prepared-start';

/**
 * The block's text: the starts the build worked out for the page, by key, as JSON that cannot
 * end the block early. A `type="application/json"` block is data, never run: the CSP allows it.
 */
export function embeddedStartsJson(starts: Iterable<[string, unknown]>): string {
  return JSON.stringify(Object.fromEntries(starts)).replace(/</g, '\\u003c');
}

/**
 * The start the build worked out for this key and put in the page, taken once: a challenge's
 * page then hydrates without playing the challenge's start actions again. Null where there is
 * none (a share link, a page rendered in the browser) or it cannot be read.
 */
export function takeEmbeddedStart(key: string): unknown {
  if (typeof document === 'undefined') return null;
  const block = document.getElementById(EMBEDDED_START_ID);
  if (!block) return null;
  try {
    const starts = JSON.parse(block.textContent ?? '') as Record<string, unknown>;
    if (!Object.hasOwn(starts, key)) return null;
    block.remove();
    return starts[key];
  } catch {
    return null;
  }
}
