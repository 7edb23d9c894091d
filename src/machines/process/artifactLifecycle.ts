import { assign, setup } from 'xstate';
import type { TimelineStep } from '../../domain/lifecycle/timeline';
import {
  consumeStep,
  nextMatches,
  stepTransition,
  type StepMatch,
  type StepsContext,
} from './steps';
import { lazyMachine } from './lazyMachine';

/**
 * An S3 object version or an ECR image over time: current → noncurrent → transitioned or
 * archived → held by Object Lock → expired. Each step is a delayed transition that fires on the
 * simulated clock at the date the lifecycle engines computed (`s3VersionTimeline`,
 * `ecrImageTimeline`); "+1 day / +30 days / +1 year" advances the clock.
 */
export interface ArtifactLifecycleInput {
  label: string;
  /** Starts with the artifact's creation ('current'). */
  timeline: TimelineStep[];
}

interface Context extends StepsContext<TimelineStep> {
  /** The simulated time of the current state, epoch ms. */
  since: number;
}

/**
 * Waits on the clock for the next dated step, then moves to the state it names: each state is
 * entered on the step of its own name.
 */
const waitFor = (targets: string[]) => ({
  after: { untilNextStep: targets.map((state) => stepTransition(state, state, 'consume')) },
});

export const artifactLifecycleMachine = lazyMachine(() =>
  setup({
    types: { context: {} as Context, input: {} as ArtifactLifecycleInput },
    guards: { nextIs: ({ context }, params: StepMatch) => nextMatches(context, params) },
    actions: {
      consume: assign(({ context }) => ({
        ...consumeStep(context),
        since: Date.parse(context.steps[context.at]!.at),
      })),
    },
    delays: {
      // a state with nothing after it waits for ever (its guards never pass)
      untilNextStep: ({ context }) => {
        const step = context.steps[context.at];
        return step ? Math.max(0, Date.parse(step.at) - context.since) : Number.MAX_SAFE_INTEGER;
      },
    },
  }).createMachine({
    id: 'artifactLifecycle',
    context: ({ input }) => ({
      label: input.label,
      note: input.timeline[0]?.note ?? '',
      steps: input.timeline,
      at: 1,
      since: Date.parse(input.timeline[0]?.at ?? '1970-01-01T00:00:00Z'),
    }),
    initial: 'current',
    states: {
      current: waitFor(['noncurrent', 'transitioned', 'archived', 'held', 'expired']),
      noncurrent: waitFor(['transitioned', 'held', 'expired']),
      transitioned: waitFor(['noncurrent', 'transitioned', 'held', 'expired']),
      archived: waitFor(['expired']),
      held: waitFor(['expired']),
      expired: { type: 'final' },
    },
  }),
);
