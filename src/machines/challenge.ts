import {
  and,
  assign,
  enqueueActions,
  fromCallback,
  setup,
  type ActorRef,
  type Snapshot,
} from 'xstate';
import type { Challenge } from '../domain/challenges/schema';
import type { SimulatorEvent } from './simulator';

/** Any simulator of these scenarios and actions, whatever else its steps carry. */
type SimulatorRef<S, A> = ActorRef<
  Snapshot<unknown> & { context: { steps: readonly { scenario: S }[]; index: number } },
  SimulatorEvent<S, A>
>;

export interface ChallengeInput<S, G, A> {
  challenge: Challenge<S, G, A>;
  /** The simulator the challenge is played in: its steps are watched, the solution is sent to it. */
  simulator: SimulatorRef<S, A>;
}

export interface ChallengeContext<S, G, A> extends ChallengeInput<S, G, A> {
  /** Actions taken from the start (the step shown): the "golf" count. */
  steps: number;
  hintsShown: number;
  solutionShown: boolean;
  /** The learner played the solution: watching it is not solving it, so nothing is recorded. */
  watched: boolean;
}

export type ChallengeEvent<S> =
  | { type: 'step.reached'; scenario: S; index: number }
  | { type: 'hint.reveal' }
  | { type: 'solution.toggle' }
  | { type: 'solution.play' };

/**
 * A challenge being played: after every step of the simulator it checks the goal (`solved` or
 * `working`), counts the steps, reveals hints one at a time, shows and plays the solution, and
 * records a solve through the provided `record` action (a no-op here, the database in the app),
 * unless the learner watched the solution being played.
 */
export function createChallengeMachine<S, G, A>(meetsGoal: (scenario: S, goal: G) => boolean) {
  return setup({
    types: {
      context: {} as ChallengeContext<S, G, A>,
      events: {} as ChallengeEvent<S>,
      input: {} as ChallengeInput<S, G, A>,
    },
    actors: {
      // Forwards each new step of the simulator (time travel included) as `step.reached`.
      watchSteps: fromCallback<ChallengeEvent<S>, SimulatorRef<S, A>>(({ input, sendBack }) => {
        let last: unknown = null;
        const forward = ({ context }: ReturnType<SimulatorRef<S, A>['getSnapshot']>) => {
          const step = context.steps[context.index]!;
          if (step === last) return;
          last = step;
          sendBack({ type: 'step.reached', scenario: step.scenario, index: context.index });
        };
        forward(input.getSnapshot());
        const subscription = input.subscribe(forward);
        return () => subscription.unsubscribe();
      }),
    },
    actions: {
      record: (_, _params: { id: string; steps: number }) => {},
      count: assign(({ event }) => (event.type === 'step.reached' ? { steps: event.index } : {})),
      revealHint: assign(({ context }) => ({
        hintsShown: Math.min(context.hintsShown + 1, context.challenge.hints.length),
      })),
      toggleSolution: assign(({ context }) => ({ solutionShown: !context.solutionShown })),
      playSolution: enqueueActions(({ context, enqueue }) => {
        const { challenge, simulator } = context;
        enqueue.assign({ watched: true });
        enqueue.sendTo(simulator, {
          type: 'scenario.load',
          scenario: challenge.start,
          summary: `Challenge start: ${challenge.title}`,
        });
        for (const action of challenge.solution)
          enqueue.sendTo(simulator, { type: 'action.apply', action });
      }),
    },
    guards: {
      goalMet: ({ context, event }) =>
        event.type === 'step.reached' && meetsGoal(event.scenario, context.challenge.check),
      // The start is not a solve, nor is a step of the solution being played.
      recordable: ({ context, event }) =>
        event.type === 'step.reached' && event.index > 0 && !context.watched,
    },
  }).createMachine({
    id: 'challenge',
    context: ({ input }) => ({
      ...input,
      steps: 0,
      hintsShown: 0,
      solutionShown: false,
      watched: false,
    }),
    invoke: { src: 'watchSteps', input: ({ context }) => context.simulator },
    on: {
      // Every solved step is offered: the record keeps the first time and the fewest steps.
      'step.reached': [
        {
          guard: and(['goalMet', 'recordable']),
          target: '.solved',
          actions: [
            'count',
            {
              type: 'record',
              params: ({ context }) => ({ id: context.challenge.id, steps: context.steps }),
            },
          ],
        },
        { guard: 'goalMet', target: '.solved', actions: 'count' },
        { target: '.working', actions: 'count' },
      ],
      'hint.reveal': { actions: 'revealHint' },
      'solution.toggle': { actions: 'toggleSolution' },
      'solution.play': { actions: 'playSolution' },
    },
    initial: 'working',
    states: {
      working: {},
      solved: {},
    },
  });
}

export type ChallengeMachine<S, G, A> = ReturnType<typeof createChallengeMachine<S, G, A>>;
