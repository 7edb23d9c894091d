/**
 * Time helpers shared by the lifecycle engines. Instants travel as ISO-8601 UTC strings at the
 * edges and as epoch milliseconds inside; nothing here reads the clock.
 */
import { PolicyError } from '../errors';

export const DAY_MS = 86_400_000;

/** Strict enough for AWS timestamps: a date, optionally a time, and a zone when a time is given. */
const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/** Parses an ISO-8601 instant to epoch ms, or returns NaN. A bare date means midnight UTC. */
export function instantOrNaN(value: unknown): number {
  if (typeof value !== 'string') return Number.NaN;
  const fast = parseCanonicalUtc(value);
  if (!Number.isNaN(fast)) return fast;
  if (!ISO_INSTANT.test(value)) return Number.NaN;
  return Date.parse(value);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A fast path for the form engines and AWS write most (`2024-01-15T10:30:00Z`, optionally with
 * milliseconds). Anything else, or anything out of range, is NaN and goes to the general parser,
 * so results never differ from Date.parse.
 */
function parseCanonicalUtc(s: string): number {
  const n = s.length;
  if ((n !== 20 && n !== 24) || s.charCodeAt(n - 1) !== 90 /* Z */) return Number.NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84)
    return Number.NaN;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Number.NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  let ms = 0;
  if (n === 24) {
    if (s.charCodeAt(19) !== 46) return Number.NaN;
    ms = digits(s, 20, 3);
  }
  if (
    !(year >= 1000) ||
    !(month >= 1 && month <= 12) ||
    !(day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0)) ||
    !(hour <= 23 && minute <= 59 && second <= 59 && ms >= 0)
  ) {
    return Number.NaN;
  }
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
    return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

function digits(s: string, start: number, count: number): number {
  let value = 0;
  for (let k = start; k < start + count; k += 1) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Parses an ISO-8601 instant or throws a PolicyError at `path`. */
export function parseInstant(value: unknown, path: string): number {
  const ms = instantOrNaN(value);
  if (Number.isNaN(ms)) {
    throw new PolicyError(path, `expected an ISO-8601 UTC timestamp, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** The first midnight UTC at or after `ms` (an instant already at midnight stays where it is). */
export function ceilToMidnightUtc(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}

export function isMidnightUtc(ms: number): boolean {
  return ms % DAY_MS === 0;
}

let lastIso = { ms: Number.NaN, iso: '' };

/** ISO-8601 UTC, without a `.000` when the instant has no milliseconds. */
export function toIso(ms: number): string {
  // events of one lifecycle run share their instant: remember the last one formatted
  if (ms === lastIso.ms) return lastIso.iso;
  const full = new Date(ms).toISOString();
  const iso = full.endsWith('.000Z') ? `${full.slice(0, -5)}Z` : full;
  lastIso = { ms, iso };
  return iso;
}

/** `2027-01-01` from an instant: for traces. */
export function toDay(ms: number): string {
  return toIso(ms).slice(0, 10);
}

/** Whole and fractional days between two instants (b − a). */
export function daysBetween(a: number, b: number): number {
  return (b - a) / DAY_MS;
}
