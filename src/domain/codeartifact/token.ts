import { PolicyError } from '../errors';
import { TOKEN_DEFAULT_SECONDS, TOKEN_MAX_SECONDS, TOKEN_MIN_SECONDS } from './rules';
import type { AuthorizationToken } from './types';

// YYYY-MM-DDThh:mm[:ss[.fff]] with Z or ±hh:mm: a time without a zone would be read as local time
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function show(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value)
    : typeof value === 'number'
      ? String(value)
      : typeof value;
}

/** Milliseconds since the epoch of an ISO-8601 time with a zone; throws PolicyError('now') otherwise. */
export function parseNow(now: unknown): number {
  const match = typeof now === 'string' ? ISO_8601.exec(now) : null;
  if (match === null) {
    throw new PolicyError(
      'now',
      `expected an ISO-8601 time with a zone, e.g. 2026-01-01T00:00:00Z; got ${show(now)}`,
    );
  }
  const [, y, mo, d, h, mi, s, , oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const fieldsOk =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s ?? '0') <= 59 &&
    Number(oh ?? '0') <= 23 &&
    Number(om ?? '0') <= 59;
  const ms = Date.parse(now as string);
  if (!fieldsOk || Number.isNaN(ms)) {
    throw new PolicyError('now', `not a real time: ${now as string}`);
  }
  return ms;
}

/**
 * When a CodeArtifact authorization token asked for at `now` with `--duration-seconds` expires.
 * undefined → the default 12 hours; 0 → with the assumed role's session (null); 900–43200 whole
 * seconds otherwise; anything else is refused with PolicyError('durationSeconds').
 */
export function issueAuthorizationToken(
  durationSeconds: number | undefined,
  now: string,
): AuthorizationToken {
  // 900–43200, or 0 while assuming a role (tokens-authentication)
  if (
    durationSeconds !== undefined &&
    !(
      typeof durationSeconds === 'number' &&
      Number.isInteger(durationSeconds) &&
      (durationSeconds === 0 ||
        (durationSeconds >= TOKEN_MIN_SECONDS && durationSeconds <= TOKEN_MAX_SECONDS))
    )
  ) {
    throw new PolicyError(
      'durationSeconds',
      `must be a whole number of seconds from ${TOKEN_MIN_SECONDS} to ${TOKEN_MAX_SECONDS}, or 0 to end with the assumed role's session; got ${show(durationSeconds)}`,
    );
  }
  const start = parseNow(now);
  // 0: the token lives as long as the assumed role's session (tokens-authentication)
  if (durationSeconds === 0) return { expiresAt: null };
  // no duration: the default of 12 hours (tokens-authentication)
  const seconds = durationSeconds ?? TOKEN_DEFAULT_SECONDS;
  return { expiresAt: new Date(start + seconds * 1000).toISOString() };
}

/**
 * Why the build's token cannot be used at `now` (401), or null when it can. Checked by the
 * package manager's client before CodeArtifact is asked (tokens-authentication).
 */
export function tokenRejection(token: AuthorizationToken | null, now: string): string | null {
  if (!token)
    return 'No authorization token: the build never ran `aws codeartifact login` (or get-authorization-token). 401 Unauthorized.';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.parse(now))
    return `The token expired at ${token.expiresAt}; tokens cannot be refreshed, only replaced — fetch a new one in pre_build. 401 Unauthorized.`;
  return null;
}
