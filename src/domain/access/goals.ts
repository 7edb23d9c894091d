import * as z from 'zod/mini';
import { goalSchema, meetsGoal, type Goal } from '../challenges/goal';
import { compileActionPattern, matchPattern } from './match';
import { normalizePolicy } from './parse';
import { printPolicy } from './print';
import {
  actionName,
  journeySchema,
  policyIdSchema,
  policyKind,
  readPolicyById,
  resourceArn,
  type AccessScenario,
  type JourneyId,
  type PolicyId,
} from './scenario';
import { runAccess } from './run';
import type { Decision, Statement } from './types';

/**
 * A challenge goal over the access simulator's state, as JSON data. Requests and journeys are
 * decided afresh against the current policies (switched-off statements left out), so a goal
 * never depends on what happened to be run last. all/any/not combine leaves.
 */
export type AccessGoal = Goal<AccessGoalLeaf>;

type AccessGoalLeaf =
  /** the journey, run by `principal` (default: the first principal), ends with `decision` */
  | { journey: JourneyId; principal?: string; decision: Decision }
  /** one request is decided `decision` */
  | { request: { principal?: string; action: string; resource: string }; decision: Decision }
  /** least privilege: no Allow statement in force in the policy covers `action` */
  | { policyLacks: { policy: PolicyId; action: string } }
  /** the policy in force equals `document` (compared as parsed, so formatting does not matter) */
  | { policyIs: { policy: PolicyId; document: Record<string, unknown> } }
  /** some statement in force in the policy has a condition on `key` */
  | { conditionKey: { policy: PolicyId; key: string } }
  | { keyManagedBy: 'AWS' | 'CUSTOMER' };

const decision = z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
const principal = z.optional(z.string().check(z.minLength(1), z.maxLength(64)));
const policyId = policyIdSchema;

const leaf = z.union([
  z.strictObject({ journey: journeySchema, principal, decision }),
  z.strictObject({
    request: z.strictObject({ principal, action: actionName, resource: resourceArn }),
    decision,
  }),
  z.strictObject({
    policyLacks: z.strictObject({
      policy: policyId,
      action: z.string().check(z.minLength(1), z.maxLength(128)),
    }),
  }),
  z.strictObject({
    policyIs: z.strictObject({ policy: policyId, document: z.record(z.string(), z.unknown()) }),
  }),
  z.strictObject({
    conditionKey: z.strictObject({
      policy: policyId,
      key: z.string().check(z.minLength(1), z.maxLength(128)),
    }),
  }),
  z.strictObject({ keyManagedBy: z.enum(['AWS', 'CUSTOMER']) }),
]);

export const accessGoalSchema = goalSchema<AccessGoal>(leaf);

/** The statements in force of a valid policy; null when the policy is invalid. */
function inForce(s: AccessScenario, id: PolicyId): Statement[] | null {
  const state = readPolicyById(s, id);
  if (!state || state.status === 'invalid') return null;
  return state.status === 'empty' ? [] : state.effective.Statement;
}

function covers(st: Statement, action: string): boolean {
  const lowered = action.toLowerCase();
  const any = (list: readonly string[]) =>
    list.some((a) => matchPattern(compileActionPattern(a), lowered));
  return st.Action ? any(st.Action) : !any(st.NotAction ?? []);
}

/** Whether the scenario meets the goal. Never throws: a goal about an invalid policy is not met. */
export function meetsAccessGoal(s: AccessScenario, goal: AccessGoal): boolean {
  return meetsGoal(goal, (leaf) => meetsAccessLeaf(s, leaf));
}

function meetsAccessLeaf(s: AccessScenario, goal: AccessGoalLeaf): boolean {
  if ('journey' in goal) {
    const who = goal.principal ?? s.principals[0]?.name ?? '';
    return (
      runAccess(s, { kind: 'journey', journey: goal.journey, principal: who }).decision ===
      goal.decision
    );
  }
  if ('request' in goal) {
    const { action, resource } = goal.request;
    const who = goal.request.principal ?? s.principals[0]?.name ?? '';
    return (
      runAccess(s, { kind: 'request', principal: who, action, resource }).decision === goal.decision
    );
  }
  if ('policyLacks' in goal) {
    const statements = inForce(s, goal.policyLacks.policy);
    return (
      statements !== null &&
      !statements.some((st) => st.Effect === 'Allow' && covers(st, goal.policyLacks.action))
    );
  }
  if ('policyIs' in goal) {
    const state = readPolicyById(s, goal.policyIs.policy);
    if (!state || state.status !== 'valid') return false;
    try {
      const want = normalizePolicy(goal.policyIs.document, {
        kind: policyKind(goal.policyIs.policy),
      });
      return printPolicy(state.effective) === printPolicy(want);
    } catch {
      return false;
    }
  }
  if ('conditionKey' in goal) {
    const key = goal.conditionKey.key.toLowerCase();
    const statements = inForce(s, goal.conditionKey.policy) ?? [];
    return statements.some((st) =>
      Object.values(st.Condition ?? {}).some((block) =>
        Object.keys(block).some((k) => k.toLowerCase() === key),
      ),
    );
  }
  return s.resources.kms.managedBy === goal.keyManagedBy;
}
