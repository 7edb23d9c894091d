import { groupThousands } from '../words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 1 day", "in 3 days": what Intl.RelativeTimeFormat('en') writes, without its start-up cost. */
const inUnits = (n: number, unit: string) => `in ${groupThousands(n)} ${unit}${n === 1 ? '' : 's'}`;

/**
 * How long until `dueMs`, seen at `nowMs`, in words: "now", "in 10 minutes", "in 5 hours",
 * "in 3 days", "in 2 months", "in 1 year". Units switch late (up to 47 hours, 59 days) so that
 * short intervals keep their precision.
 */
export function dueInWords(dueMs: number, nowMs: number): string {
  const ms = dueMs - nowMs;
  if (!(ms > 0)) return 'now';
  if (ms < HOUR) return inUnits(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < 48 * HOUR) return inUnits(Math.round(ms / HOUR), 'hour');
  if (ms < 60 * DAY) return inUnits(Math.round(ms / DAY), 'day');
  if (ms < 365 * DAY) return inUnits(Math.round(ms / (30 * DAY)), 'month');
  return inUnits(Math.round(ms / (365 * DAY)), 'year');
}
