import { assign, setup, type AnyStateMachine } from 'xstate';
import type { DecidedStep } from '../../domain/simulation';
import type { ProcessContext } from './record';
import {
  consumeStep,
  nextMatches,
  type RouteTable,
  type StepMatch,
  type StepsContext,
} from './steps';

export interface StepsInput {
  label: string;
  steps: DecidedStep[];
}

export interface ProcessOutput {
  ok: boolean;
  reason: string;
}

/** A state of a steps machine: where it can lead, and what it means on the chart. */
export interface StepState {
  /** States this one may move to, taking their step. */
  to: readonly string[];
  /** Hubs this one may move to without taking a step. */
  peek?: readonly string[];
  description?: string;
}

export interface StepsMachineSpec {
  id: string;
  initial: string;
  /** Which state takes each kind (and outcome) of step. */
  take: RouteTable;
  /** Hub states entered by looking at the next step without taking it. */
  hubs?: RouteTable;
  /** The states that take steps; the final states are the `ok` and `failed` ones. */
  states: Record<string, StepState>;
  /** Final states that mean the process ended well. */
  ok: readonly string[];
  /** Final states that mean it did not. */
  failed: readonly string[];
}

type Ctx = StepsContext & ProcessContext;

/**
 * A process machine that plays steps the domain decided: each state takes one kind of step, and
 * each transition's guard reads the next step — the machine holds the process's shape, the
 * domain every decision inside it. Steps are taken on eventless transitions, so a run completes
 * at once and `recordRun` replays it state by state.
 */
export function createStepsMachine(spec: StepsMachineSpec): AnyStateMachine {
  const take = (targets: readonly string[]) =>
    spec.take
      .filter(([, target]) => targets.includes(target))
      .map(([params, target]) => ({
        guard: { type: 'nextIs' as const, params },
        target,
        actions: 'consume' as const,
      }));
  const peek = (targets: readonly string[]) =>
    (spec.hubs ?? [])
      .filter(([, target]) => targets.includes(target))
      .map(([params, target]) => ({
        guard: { type: 'nextIs' as const, params },
        target,
        actions: 'clearNote' as const,
      }));
  // built from the spec, so XState's literal config types cannot follow it: the tests check it
  const states: Record<string, object> = {};
  for (const [name, state] of Object.entries(spec.states)) {
    const description = state.description ? { description: state.description } : {};
    states[name] = { ...description, always: [...peek(state.peek ?? []), ...take(state.to)] };
  }
  for (const name of [...spec.ok, ...spec.failed]) states[name] = { type: 'final' };
  // the state the last step taken led to: the process's final state
  const endedIn = (context: Ctx) => {
    const last = context.steps[context.at - 1];
    return spec.take.find(([m]) =>
      nextMatches({ ...context, at: 0, steps: last ? [last] : [] }, m),
    )?.[1];
  };
  const machine = setup({
    types: { context: {} as Ctx, input: {} as StepsInput, output: {} as ProcessOutput },
    guards: { nextIs: ({ context }, params: StepMatch) => nextMatches(context, params) },
    actions: {
      consume: assign(({ context }) => consumeStep(context)),
      clearNote: assign({ note: '' }),
    },
  }).createMachine({
    id: spec.id,
    context: ({ input }) => ({ label: input.label, note: '', steps: input.steps, at: 0 }),
    initial: spec.initial,
    states: states as never,
    output: ({ context }) => ({
      ok: spec.ok.includes(endedIn(context) ?? ''),
      reason: context.note,
    }),
  });
  return machine as unknown as AnyStateMachine;
}
