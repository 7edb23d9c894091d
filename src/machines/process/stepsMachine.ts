import { assign, setup, type AnyStateMachine } from 'xstate';
import type { DecidedStep } from '../../domain/simulation';
import {
  consumeStep,
  enters,
  nextMatches,
  transitionsTo,
  type StepEntry,
  type StepMatch,
  type StepsContext,
} from './steps';

/** What a process machine starts with: a label, and its steps or what they are read from. */
export interface StepsInput {
  label: string;
  steps?: DecidedStep[];
}

export interface ProcessOutput {
  ok: boolean;
  reason: string;
}

/** A state of a steps machine: how it is entered, where it can lead, what it means on the chart. */
export interface StepState extends StepEntry {
  description?: string;
  /** States this one may move to, in the order their guards are tried. */
  to?: readonly string[];
  /** A final state: whether the process ended well. */
  end?: 'ok' | 'failed';
}

export interface StepsMachineSpec<I extends StepsInput> {
  id: string;
  initial: string;
  /** Every state, in the order the chart lists them. */
  states: Record<string, StepState>;
  /** The decided steps in the machine's input, when they are not its `steps`. */
  stepsOf?: (input: I) => DecidedStep[];
}

/**
 * A process machine that plays steps the domain decided: each state takes one kind of step, and
 * each transition's guard reads the next step — the machine holds the process's shape, the
 * domain every decision inside it. Steps are taken on eventless transitions, so a run completes
 * at once and `recordRun` replays it state by state.
 */
export function createStepsMachine<I extends StepsInput = StepsInput>(
  spec: StepsMachineSpec<I>,
): AnyStateMachine {
  const stepsOf = spec.stepsOf ?? ((input: I) => input.steps ?? []);
  // built from the spec, so XState's literal config types cannot follow it: the tests check it
  const states: Record<string, object> = {};
  for (const [name, state] of Object.entries(spec.states)) {
    const description = state.description ? { description: state.description } : {};
    states[name] = state.end
      ? { type: 'final' }
      : { ...description, always: transitionsTo(spec.states, state.to ?? []) };
  }
  const finals = Object.values(spec.states).filter((state) => state.end);
  // the final state the last step taken led to
  const endOf = (context: StepsContext) =>
    finals.find((s) => enters(s, context.steps[context.at - 1]))?.end;
  const machine = setup({
    types: { context: {} as StepsContext, input: {} as I, output: {} as ProcessOutput },
    guards: { nextIs: ({ context }, params: StepMatch) => nextMatches(context, params) },
    actions: {
      consume: assign(({ context }) => consumeStep(context)),
      clearNote: assign({ note: '' }),
    },
  }).createMachine({
    id: spec.id,
    context: ({ input }) => ({ label: input.label, note: '', steps: stepsOf(input), at: 0 }),
    initial: spec.initial,
    states: states as never,
    output: ({ context }) => ({ ok: endOf(context) === 'ok', reason: context.note }),
  });
  return machine as unknown as AnyStateMachine;
}
