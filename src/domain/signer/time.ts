import { parseNow } from '../codeartifact/token';
import { PolicyError } from '../errors';
import type { SignatureValidityPeriod } from './types';

export { parseNow };

/** Milliseconds of an ISO time already validated by a schema; PolicyError at `path` otherwise. */
export function instant(value: string, path: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new PolicyError(path, `not a time: ${value}`);
  return ms;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * `ms` plus whole calendar months in UTC. A day that the target month lacks is clamped to its last
 * day (Jan 31 + 1 month = Feb 28/29): AWS does not say; this engine decides.
 */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

/** When a signature made at `signedAt` with this validity period expires. */
export function expiryOf(signedAt: number, period: SignatureValidityPeriod): number {
  if (period.type === 'DAYS') return signedAt + period.value * 86_400_000;
  return addMonths(signedAt, period.type === 'YEARS' ? period.value * 12 : period.value);
}
