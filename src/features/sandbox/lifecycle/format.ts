import { DAY_MS } from '../../../domain/lifecycle/dates';

export const MB = 1024 ** 2;

export function formatUsd(n: number): string {
  if (n === 0) return '$0.00';
  return n < 0.01 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 100 * MB ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

/** `2026-03-01` */
export const day = (iso: string) => iso.slice(0, 10);

/** `2026-03-01 09:00 UTC` */
export const clock = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Whole days from `then` to `now` (rounded down). */
export function daysAgo(then: string, now: string): number {
  return Math.floor((Date.parse(now) - Date.parse(then)) / DAY_MS);
}
