import type { SimulationStep as Step } from '../simulation';
/** What every lifecycle simulator step is made of, and the small helpers that build one. */
import { plural } from '../words';
import { toDay } from './dates';
import { LIMITS, type EcrState, type LifecycleScenario, type S3State } from './scenario';

export type SimulationStep = Step<LifecycleScenario>;

export const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
export const shortDigest = (digest: string) =>
  digest.startsWith('sha256:') ? `${digest.slice(7, 19)}` : digest;
const MAX_TRACE = 250;

export function capTrace(lines: string[]): string[] {
  return lines.length <= MAX_TRACE
    ? lines
    : [...lines.slice(0, MAX_TRACE), `… and ${lines.length - MAX_TRACE} more lines.`];
}

export function capTimeline<T>(list: T[]): T[] {
  return list.length <= LIMITS.timeline ? list : list.slice(list.length - LIMITS.timeline);
}

/** "+3 days → 2025-03-04: 2 expired": what a clock advance did, after where it took the clock. */
export const advanceSummary = (days: number, end: string, happened: string) =>
  `+${plural(days, 'day')} → ${toDay(Date.parse(end))}: ${happened}`;

export const withEcr = (s: LifecycleScenario, ecr: EcrState): LifecycleScenario => ({ ...s, ecr });
export const withS3 = (s: LifecycleScenario, s3: S3State): LifecycleScenario => ({ ...s, s3 });
export const refuse = (s: LifecycleScenario, summary: string, why: string): SimulationStep => ({
  scenario: s,
  summary,
  trace: [why],
});
