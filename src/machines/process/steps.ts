import type { DecidedStep } from '../../domain/simulation';
import type { ProcessContext } from './record';

/*
 * A process machine moves to the state the next step the domain decided names (by its kind and
 * outcome), and shows its note. The machine holds the shape of the process; the domain, every
 * decision inside it.
 */

export interface StepsContext<S extends DecidedStep = DecidedStep> extends ProcessContext {
  steps: S[];
  at: number;
}

export interface StepMatch {
  kind: string;
  outcome?: string;
}

/** A step as a state names it: its kind, or kind and outcome, e.g. 'result.passed'. */
export type StepKey = string;

function matchOf(key: StepKey): StepMatch {
  const dot = key.indexOf('.');
  return dot < 0 ? { kind: key } : { kind: key.slice(0, dot), outcome: key.slice(dot + 1) };
}

/** How a process enters a state. */
export interface StepEntry {
  /** The step (or any of the steps) taken on entering it: its note becomes the actor's. */
  takes?: StepKey | readonly StepKey[];
  /**
   * A hub's step: looked at but not taken (e.g. `examining` a repository, before `hit` or
   * `miss` takes the step). A hub keeps the chart's edges few.
   */
  peeks?: StepKey;
}

const stepMatches = (step: DecidedStep | undefined, m: StepMatch) =>
  step !== undefined &&
  step.kind === m.kind &&
  (m.outcome === undefined || step.outcome === m.outcome);

export const nextMatches = (context: StepsContext, m: StepMatch) =>
  stepMatches(context.steps[context.at], m);

const entryKeys = (entry: StepEntry): StepKey[] =>
  entry.peeks === undefined ? [entry.takes ?? []].flat() : [entry.peeks];

/** Whether `step` is one that leads into the state. */
export const enters = (entry: StepEntry, step: DecidedStep | undefined) =>
  entryKeys(entry).some((key) => stepMatches(step, matchOf(key)));

/** A transition to `target` guarded by the next step being `key`, doing `actions` on the way. */
export const stepTransition = <A extends string>(key: StepKey, target: string, actions: A) => ({
  guard: { type: 'nextIs' as const, params: matchOf(key) },
  target,
  actions,
});

/**
 * The transitions to `targets` (the states a state can lead to, so the drawn chart shows the
 * process's real shape), in that order, each guarded by a step its target is entered on.
 */
export function transitionsTo(entries: Record<string, StepEntry>, targets: readonly string[]) {
  return targets.flatMap((target) => {
    const entry = entries[target] ?? {};
    const action = entry.peeks === undefined ? 'consume' : 'clearNote';
    return entryKeys(entry).map((key) => stepTransition(key, target, action));
  });
}

/** Context after taking the next step: its note becomes the actor's. */
export const consumeStep = (context: StepsContext) => ({
  at: context.at + 1,
  note: context.steps[context.at]!.note,
});
