import type { ProcessContext } from './record';

/**
 * A step the domain decided: a process machine moves to the state its kind (and outcome)
 * names, and shows its note. The machine holds the shape of the process; the domain, every
 * decision inside it.
 */
export interface DecidedStep {
  kind: string;
  note: string;
  outcome?: string;
}

export interface StepsContext<S extends DecidedStep = DecidedStep> extends ProcessContext {
  steps: S[];
  at: number;
}

export interface StepMatch {
  kind: string;
  outcome?: string;
}

export const nextMatches = (context: StepsContext, m: StepMatch) => {
  const step = context.steps[context.at];
  return (
    step !== undefined &&
    step.kind === m.kind &&
    (m.outcome === undefined || step.outcome === m.outcome)
  );
};

export type RouteTable = readonly (readonly [StepMatch, string])[];

/**
 * The transitions to the state the next decided step names, limited to `targets` (the states
 * this one can lead to), so the drawn chart shows the process's real shape.
 */
export function routes(table: RouteTable, targets?: readonly string[]) {
  return table
    .filter(([, target]) => !targets || targets.includes(target))
    .map(([params, target]) => ({
      guard: { type: 'nextIs' as const, params },
      target,
      actions: 'consume' as const,
    }));
}

/**
 * Transitions into a hub state that looks at the next step without taking it (e.g. `examining`
 * a repository, before `hit` or `miss` takes the step): a hub keeps the chart's edges few.
 */
export function peeks(table: RouteTable, targets?: readonly string[]) {
  return table
    .filter(([, target]) => !targets || targets.includes(target))
    .map(([params, target]) => ({
      guard: { type: 'nextIs' as const, params },
      target,
      actions: 'clearNote' as const,
    }));
}

/** Context after taking the next step: its note becomes the actor's. */
export const consumeStep = (context: StepsContext) => ({
  at: context.at + 1,
  note: context.steps[context.at]!.note,
});
