/**
 * The lifecycle simulator's reducer: one learner action on a scenario gives the next scenario, a
 * one-line summary and a trace in words. Pure and total: it never throws, and bad input is refused
 * with a trace that says why.
 *
 * Doc pages named below: ECR https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html
 * (LifecyclePolicies, lifecycle_policy_parameters, image-tag-mutability, archive-image), S3
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html (Versioning,
 * manage-versioning-examples, DeletingObjectVersions, object-lock, object-lock-managing,
 * object-lock-configure).
 */
import { applyEcr } from './ecr-simulation';
import { problemOf } from './policy-texts';
import { applyS3 } from './s3-simulation';
import type { LifecycleAction, LifecycleScenario } from './scenario';
import { refuse, type SimulationStep } from './simulation-step';

export type { SimulationStep };

/** Applies one learner action to a scenario. Pure: the input is never changed; never throws. */
export function applyLifecycleAction(
  s: LifecycleScenario,
  action: LifecycleAction,
): SimulationStep {
  try {
    return action.type.startsWith('ecr.') ? applyEcr(s, action) : applyS3(s, action);
  } catch (error) {
    return refuse(s, 'Refused', `The simulator could not apply this: ${problemOf(error).message}`);
  }
}
