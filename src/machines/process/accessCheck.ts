import { assign, setup } from 'xstate';
import type { EvaluationWalk } from '../../domain/access/evaluation-walk';
import type { ProcessOutput } from './packageRequest';
import {
  consumeStep,
  nextMatches,
  routes,
  type RouteTable,
  type StepMatch,
  type StepsContext,
} from './steps';

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

const STAGES: RouteTable = [
  [{ kind: 'scp' }, 'scp'],
  [{ kind: 'resource' }, 'resourcePolicy'],
  [{ kind: 'identity' }, 'identityPolicy'],
  [{ kind: 'boundary' }, 'boundary'],
  [{ kind: 'kms' }, 'kmsKeyPolicy'],
  [{ kind: 'decision', outcome: 'Allow' }, 'allowed'],
  [{ kind: 'decision', outcome: 'ExplicitDeny' }, 'explicitDeny'],
  [{ kind: 'decision', outcome: 'ImplicitDeny' }, 'implicitDeny'],
];

const ORDER = ['scp', 'resourcePolicy', 'identityPolicy', 'boundary', 'kmsKeyPolicy'];
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'];
/** From a stage: on to any later stage (absent ones are still visited), or to the decision. */
const after = (stage: string) => ({
  always: routes(STAGES, [...ORDER.slice(ORDER.indexOf(stage) + 1), ...DECISIONS]),
});
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
      always: routes(STAGES, ['scp']),
    },
    scp: after('scp'),
    resourcePolicy: after('resourcePolicy'),
    identityPolicy: after('identityPolicy'),
    boundary: after('boundary'),
    kmsKeyPolicy: after('kmsKeyPolicy'),
    allowed: final,
    explicitDeny: final,
    implicitDeny: final,
  },
  output: ({ context }) => ({
    ok: context.steps[context.steps.length - 1]?.outcome === 'Allow',
    reason: context.note,
  }),
});
