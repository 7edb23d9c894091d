import { assign, setup } from 'xstate';
import type { EvaluationWalk } from '../../domain/access/evaluation-walk';
import type { ProcessOutput } from './packageRequest';
import { consumeStep, nextMatches, routes, type StepMatch, type StepsContext } from './steps';

/**
 * One request through the policy evaluation, a state per stage: SCPs, the resource-based
 * policy, identity-based policies, the permissions boundary, the KMS key policy, then the
 * decision. What each stage found, and where a deny is decided, comes from the access engine's
 * `evaluationWalk`.
 */
export interface AccessCheckInput {
  label: string;
  walk: EvaluationWalk;
}

type Context = StepsContext<EvaluationWalk['steps'][number]>;

const next = routes([
  [{ kind: 'scp' }, 'scp'],
  [{ kind: 'resource' }, 'resourcePolicy'],
  [{ kind: 'identity' }, 'identityPolicy'],
  [{ kind: 'boundary' }, 'boundary'],
  [{ kind: 'kms' }, 'kmsKeyPolicy'],
  [{ kind: 'decision', outcome: 'Allow' }, 'allowed'],
  [{ kind: 'decision', outcome: 'ExplicitDeny' }, 'explicitDeny'],
  [{ kind: 'decision', outcome: 'ImplicitDeny' }, 'implicitDeny'],
]);

const stage = { always: next };
const final = { type: 'final' as const };

export const accessCheckMachine = setup({
  types: { context: {} as Context, input: {} as AccessCheckInput, output: {} as ProcessOutput },
  guards: { nextIs: ({ context }, params: StepMatch) => nextMatches(context, params) },
  actions: { consume: assign(({ context }) => consumeStep(context)) },
}).createMachine({
  id: 'accessCheck',
  context: ({ input }) => ({ label: input.label, note: '', steps: input.walk.steps, at: 0 }),
  initial: 'request',
  states: {
    request: {
      description: 'The request arrives with its principal, action, resource and context.',
      always: next,
    },
    scp: stage,
    resourcePolicy: stage,
    identityPolicy: stage,
    boundary: stage,
    kmsKeyPolicy: stage,
    allowed: final,
    explicitDeny: final,
    implicitDeny: final,
  },
  output: ({ context }) => ({
    ok: context.steps[context.steps.length - 1]?.outcome === 'Allow',
    reason: context.note,
  }),
});
