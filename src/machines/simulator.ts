import { assign, setup } from 'xstate';

export interface SimulatorStep<S> {
  scenario: S;
  summary: string;
  trace: string[];
}

export interface SimulatorContext<S, A> {
  /** Every state reached so far; steps[0] is the start. */
  steps: SimulatorStep<S>[];
  /** The action that produced each step after the first. */
  actions: A[];
  /** Which step is shown: moving it is time travel. */
  index: number;
}

export type SimulatorEvent<S, A> =
  | { type: 'action.apply'; action: A }
  | { type: 'history.undo' }
  | { type: 'history.redo' }
  | { type: 'history.reset' }
  | { type: 'history.goto'; index: number }
  | { type: 'scenario.load'; scenario: S; summary: string };

/**
 * A simulator with time travel over a pure `apply`: every learner action is a transition that
 * appends a step; undo/redo/goto move through them, and a new action after an undo drops the
 * undone future (as editors do).
 */
export function createSimulatorMachine<S, A>(
  id: string,
  apply: (scenario: S, action: A) => SimulatorStep<S>,
) {
  return setup({
    types: {
      context: {} as SimulatorContext<S, A>,
      events: {} as SimulatorEvent<S, A>,
      input: {} as { scenario: S; summary?: string },
    },
    guards: {
      canUndo: ({ context }) => context.index > 0,
      canRedo: ({ context }) => context.index < context.steps.length - 1,
    },
    actions: {
      apply: assign(({ context, event }) => {
        if (event.type !== 'action.apply') return {};
        const current = context.steps[context.index]!;
        const next = apply(current.scenario, event.action);
        return {
          steps: [...context.steps.slice(0, context.index + 1), next],
          actions: [...context.actions.slice(0, context.index), event.action],
          index: context.index + 1,
        };
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
          ? {
              steps: [{ scenario: event.scenario, summary: event.summary, trace: [] }],
              actions: [],
              index: 0,
            }
          : {},
      ),
    },
  }).createMachine({
    id,
    context: ({ input }) => ({
      steps: [{ scenario: input.scenario, summary: input.summary ?? 'Start', trace: [] }],
      actions: [],
      index: 0,
    }),
    initial: 'ready',
    states: {
      ready: {
        on: {
          'action.apply': { actions: 'apply' },
          'history.undo': { guard: 'canUndo', actions: 'undo' },
          'history.redo': { guard: 'canRedo', actions: 'redo' },
          'history.reset': { actions: 'reset' },
          'history.goto': { actions: 'goto' },
          'scenario.load': { actions: 'load' },
        },
      },
    },
  });
}
