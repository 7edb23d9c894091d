import { assign, setup, type AnyActorRef } from 'xstate';
import type { StagePlan } from '../../../domain/simulation';
import { childMachines } from '../children';
import type { ProcessContext } from '../record';
import type { ProcessOutput } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/**
 * A release through the whole architecture: a state per stage, each starting the stage's
 * processes one after another (a package request per dependency, the build, signing, the push,
 * scanning, replication, the access checks and deployments of the workload accounts) and moving
 * on when they end well, or to `failed` with the reason of the one that did not. A re-run starts
 * at the stage that failed. What each process decides comes from the domain's release plan.
 */
export interface ReleaseRunInput {
  label: string;
  /** The stages to run, from the one to start at. */
  stages: StagePlan[];
}

const STATE_OF: Record<string, string> = {
  install: 'installDependencies',
  build: 'build',
  sign: 'sign',
  push: 'pushImage',
  scan: 'scan',
  replicate: 'replicate',
  deploy: 'deploy',
};
const ORDER = Object.keys(STATE_OF);

interface Context extends ProcessContext {
  stages: StagePlan[];
  stage: number;
  child: number;
  running: AnyActorRef | null;
}

const current = (c: Context) => c.stages[c.stage]!;

type DoneEvent = { type: string; output?: ProcessOutput };

export const releaseRunMachine = lazyMachine(() =>
  setup({
    actors: childMachines(),
    types: {
      context: {} as Context,
      input: {} as ReleaseRunInput,
      events: {} as DoneEvent,
      output: {} as ProcessOutput,
    },
    guards: {
      startsAt: ({ context }, params: { stage: string }) => context.stages[0]?.id === params.stage,
      childFailed: ({ event }) => event.output?.ok === false,
      moreChildren: ({ context }) => context.child + 1 < current(context).children.length,
      nextStageIs: ({ context }, params: { stage: string }) =>
        context.stages[context.stage + 1]?.id === params.stage,
    },
    actions: {
      startChild: assign(({ context, spawn }) => {
        const plan = current(context).children[context.child];
        if (!plan || plan.machine === 'releaseRun') return { running: null };
        return {
          running: spawn(plan.machine, {
            id: `${current(context).id}-${context.child}`,
            input: plan.input,
          }),
          note: `${current(context).title}: ${plan.input.label}`,
        };
      }),
      nextChild: assign(({ context }) => ({ child: context.child + 1 })),
      nextStage: assign(({ context }) => ({ stage: context.stage + 1, child: 0 })),
      failWith: assign(({ context, event }) => ({
        note: `${current(context).title} failed: ${event.output?.reason ?? ''}`,
      })),
      succeed: assign({
        note: 'Every stage passed: the release is running in the workload accounts.',
      }),
    },
  }).createMachine({
    id: 'releaseRun',
    context: ({ input }) => ({
      label: input.label,
      note: '',
      stages: input.stages,
      stage: 0,
      child: 0,
      running: null,
    }),
    initial: 'starting',
    states: {
      starting: {
        description: 'The release starts, or resumes at the stage that failed last time.',
        always: ORDER.map((stage) => ({
          guard: { type: 'startsAt' as const, params: { stage } },
          target: STATE_OF[stage]!,
        })),
      },
      ...Object.fromEntries(
        ORDER.map((stage) => [
          STATE_OF[stage]!,
          {
            entry: 'startChild',
            on: {
              'xstate.done.actor.*': [
                { guard: 'childFailed', target: 'failed', actions: 'failWith' },
                {
                  guard: 'moreChildren',
                  target: STATE_OF[stage]!,
                  reenter: true,
                  actions: 'nextChild',
                },
                ...ORDER.slice(ORDER.indexOf(stage) + 1).map((next) => ({
                  guard: { type: 'nextStageIs' as const, params: { stage: next } },
                  target: STATE_OF[next]!,
                  actions: 'nextStage' as const,
                })),
                { target: 'running', actions: 'succeed' },
              ],
            },
          },
        ]),
      ),
      running: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({
      ok: context.note.startsWith('Every stage passed'),
      reason: context.note,
    }),
  }),
);
