import { assign, fromPromise, setup } from 'xstate';
import type { SimulationStep } from '../domain/simulation';
import { withProcesses, type PlayedStep } from './process';

/** One step of a simulator's history: the domain's step, with its processes played. */
export type SimulatorStep<S, O = undefined> = PlayedStep<S, O>;

export interface SimulatorContext<S, A, O = undefined> {
  /** Every state reached so far; steps[0] is the start. */
  steps: SimulatorStep<S, O>[];
  /** The action that produced each step after the first. */
  actions: A[];
  /** Which step is shown: moving it is time travel. */
  index: number;
  /** Actions sent and not applied yet: they wait while a long one is applied. */
  queue: A[];
}

export type SimulatorEvent<S, A> =
  | { type: 'action.apply'; action: A }
  | { type: 'history.undo' }
  | { type: 'history.redo' }
  | { type: 'history.reset' }
  | { type: 'history.goto'; index: number }
  | { type: 'scenario.load'; scenario: S; summary: string };

const appendStep = <S, A, O>(
  context: SimulatorContext<S, A, O>,
  action: A,
  next: SimulatorStep<S, O>,
) => ({
  steps: [...context.steps.slice(0, context.index + 1), next],
  actions: [...context.actions.slice(0, context.index), action],
  index: context.index + 1,
  queue: context.queue.slice(1),
});

/**
 * A simulator with time travel over a pure `apply`: every learner action is a transition that
 * appends a step; undo/redo/goto move through them, and a new action after an undo drops the
 * undone future (as editors do). Actions are applied in the order sent. A machine can be
 * provided a `nextIsLong` guard and an `applyLong` actor (a Web Worker running the same `apply`):
 * an action the guard calls long (a year of lifecycle) is then applied by that actor in the
 * `applying` state, and actions sent meanwhile wait for it (history moves are ignored until it
 * is done). By default nothing is long, and everything is applied at once, here.
 */
export function createSimulatorMachine<S, A, O = undefined>(
  id: string,
  reduce: (scenario: S, action: A) => SimulationStep<S, O>,
  /** The first step of a history (the start, a loaded scenario); the domain's, when it has one. */
  start: (scenario: S, summary: string) => SimulationStep<S, O> = (scenario, summary) => ({
    scenario,
    summary,
    trace: [],
  }),
) {
  const apply = withProcesses(reduce);
  return setup({
    types: {
      context: {} as SimulatorContext<S, A, O>,
      events: {} as SimulatorEvent<S, A>,
      input: {} as { scenario: S; summary?: string },
    },
    actors: {
      applyLong: fromPromise<SimulatorStep<S, O>, { scenario: S; action: A }>(async ({ input }) =>
        apply(input.scenario, input.action),
      ),
    },
    guards: {
      queueEmpty: ({ context }) => context.queue.length === 0,
      nextIsLong: (_: { context: SimulatorContext<S, A, O> }) => false,
      canUndo: ({ context }) => context.index > 0,
      canRedo: ({ context }) => context.index < context.steps.length - 1,
    },
    actions: {
      enqueue: assign(({ context, event }) =>
        event.type === 'action.apply' ? { queue: [...context.queue, event.action] } : {},
      ),
      applyNext: assign(({ context }) => {
        const action = context.queue[0]!;
        return appendStep(context, action, apply(context.steps[context.index]!.scenario, action));
      }),
      undo: assign(({ context }) => ({ index: context.index - 1 })),
      redo: assign(({ context }) => ({ index: context.index + 1 })),
      reset: assign(({ context }) => ({ steps: context.steps.slice(0, 1), actions: [], index: 0 })),
      goto: assign(({ context, event }) =>
        event.type === 'history.goto'
          ? { index: Math.min(Math.max(0, Math.round(event.index)), context.steps.length - 1) }
          : {},
      ),
      load: assign(({ event }) =>
        event.type === 'scenario.load'
          ? { steps: [start(event.scenario, event.summary)], actions: [], index: 0 }
          : {},
      ),
    },
  }).createMachine({
    id,
    context: ({ input }) => ({
      steps: [start(input.scenario, input.summary ?? 'Start')],
      actions: [],
      index: 0,
      queue: [],
    }),
    initial: 'ready',
    states: {
      ready: {
        on: {
          'action.apply': { target: 'draining', actions: 'enqueue' },
          'history.undo': { guard: 'canUndo', actions: 'undo' },
          'history.redo': { guard: 'canRedo', actions: 'redo' },
          'history.reset': { actions: 'reset' },
          'history.goto': { actions: 'goto' },
          'scenario.load': { actions: 'load' },
        },
      },
      draining: {
        always: [
          { guard: 'queueEmpty', target: 'ready' },
          { guard: 'nextIsLong', target: 'applying' },
          { actions: 'applyNext' },
        ],
      },
      applying: {
        on: { 'action.apply': { actions: 'enqueue' } },
        invoke: {
          src: 'applyLong',
          input: ({ context }) => ({
            scenario: context.steps[context.index]!.scenario,
            action: context.queue[0]!,
          }),
          onDone: {
            target: 'draining',
            actions: assign(({ context, event }) =>
              appendStep(context, context.queue[0]!, event.output),
            ),
          },
          // The worker failed (it could not start, say): apply the action here instead.
          onError: { target: 'draining', actions: 'applyNext' },
        },
      },
    },
  });
}

export type SimulatorMachine<S, A, O = undefined> = ReturnType<
  typeof createSimulatorMachine<S, A, O>
>;
