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
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return Number.NaN;
  return Date.parse(value);
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

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `2027-01-01` from an instant: for traces. */
export function toDay(ms: number): string {
  return toIso(ms).slice(0, 10);
}

/** Whole and fractional days between two instants (b − a). */
export function daysBetween(a: number, b: number): number {
  return (b - a) / DAY_MS;
}
