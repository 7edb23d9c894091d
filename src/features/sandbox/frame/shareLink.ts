import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { PolicyError } from '../../../domain/errors';

/** Share links carry a scenario as `?s=v1.<lz-string>`; the version lets the format change later. */
const VERSION = 'v1';
const MAX_LENGTH = 60_000;

export function encodeScenario(scenario: unknown): string {
  return `${VERSION}.${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/**
 * Decodes a share link's scenario and hands it to `parse` (the simulator's zod-backed parser).
 * Every failure becomes a PolicyError saying where it went wrong; nothing here throws anything else.
 */
export function decodeScenario<S>(encoded: string, parse: (raw: unknown) => S): S {
  if (encoded.length > MAX_LENGTH)
    throw new PolicyError('link', 'the link is too long to be a scenario');
  const dot = encoded.indexOf('.');
  const version = dot === -1 ? '' : encoded.slice(0, dot);
  if (version !== VERSION)
    throw new PolicyError(
      'link',
      `unknown link version “${version || '(none)'}”; this app reads ${VERSION}`,
    );
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(encoded.slice(dot + 1));
  } catch {
    json = null;
  }
  if (!json) throw new PolicyError('link', 'the link is damaged: it does not decompress');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new PolicyError('link', `the link is damaged: ${(error as Error).message}`);
  }
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof PolicyError) throw error.under('scenario');
    throw new PolicyError('scenario', String(error));
  }
}
