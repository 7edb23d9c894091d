import type { EvaluationWalk } from '../../domain/access/evaluation-walk';
import { createStepsMachine, type StepState } from './stepsMachine';
import { lazyMachine } from './lazyMachine';

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

/** Each stage, in evaluation order, with the kind of step the walk gives it. */
const STAGES = [
  ['scp', 'scp'],
  ['resourcePolicy', 'resource'],
  ['identityPolicy', 'identity'],
  ['boundary', 'boundary'],
  ['kmsKeyPolicy', 'kms'],
] as const;
const DECISIONS = ['allowed', 'explicitDeny', 'implicitDeny'];

/** From a stage: on to any later stage (absent ones are still visited), or to the decision. */
const stages: Record<string, StepState> = Object.fromEntries(
  STAGES.map(([state, kind], i) => [
    state,
    { takes: kind, to: [...STAGES.slice(i + 1).map(([later]) => later), ...DECISIONS] },
  ]),
);

export const accessCheckMachine = lazyMachine(() =>
  createStepsMachine<AccessCheckInput>({
    id: 'accessCheck',
    initial: 'request',
    stepsOf: (input) => input.walk.steps,
    states: {
      request: {
        description: 'The request arrives with its principal, action, resource and context.',
        to: ['scp'],
      },
      ...stages,
      allowed: { takes: 'decision.Allow', end: 'ok' },
      explicitDeny: { takes: 'decision.ExplicitDeny', end: 'failed' },
      implicitDeny: { takes: 'decision.ImplicitDeny', end: 'failed' },
    },
  }),
);
