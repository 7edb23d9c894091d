/**
 * One request's evaluation as the documented sequence of stages (policy-eval-denyallow,
 * reference_policies_evaluation-logic-cross-account): SCPs → resource-based policy → identity-based
 * policies → permissions boundary → the KMS key policy (for an SSE-KMS object) → decision. Each
 * stage says what its policies did; the walk ends at the stage that decided a deny, or runs
 * through every stage for an allow. The accessCheck actor steps through it.
 */
import { analyseAccess, type Analysis } from './evaluate';
import type { AccessInput, Decision, TraceStep } from './types';

export type EvaluationStage = 'scp' | 'resource' | 'identity' | 'boundary' | 'kms';

export interface StageStep {
  kind: EvaluationStage;
  /** `absent`: no such policy applies to this request. */
  outcome: 'allow' | 'deny' | 'no-match' | 'absent';
  note: string;
}

export interface DecisionStep {
  kind: 'decision';
  outcome: Decision;
  note: string;
}

export interface EvaluationWalk {
  decision: Decision;
  steps: (StageStep | DecisionStep)[];
}

const STAGE_OF: Record<TraceStep['policy'], EvaluationStage> = {
  scp: 'scp',
  resource: 'resource',
  domain: 'resource',
  identity: 'identity',
  boundary: 'boundary',
  kms: 'kms',
  // service rules (a resource policy ignored for this action, …) are read with the resource policy
  'service-rule': 'resource',
};

const ABSENT: Record<EvaluationStage, string> = {
  scp: 'No SCP applies: the account has no service control policies in this scenario.',
  resource: 'No resource-based policy is involved in this request.',
  identity: 'The caller has no identity-based policy.',
  boundary: 'No permissions boundary is set on the caller.',
  kms: 'The object is not encrypted with a KMS key: no key policy is consulted.',
};

function stage(kind: EvaluationStage, steps: TraceStep[], present: boolean): StageStep {
  const mine = steps.filter((s) => STAGE_OF[s.policy] === kind && s.outcome !== 'decides');
  if (!present && mine.length === 0) return { kind, outcome: 'absent', note: ABSENT[kind] };
  const deny = mine.find((s) => s.outcome === 'deny');
  const allow = mine.find((s) => s.outcome === 'allow');
  const shown = deny ?? allow ?? mine[mine.length - 1];
  return {
    kind,
    outcome: deny ? 'deny' : allow ? 'allow' : 'no-match',
    note: shown?.reason ?? 'No statement matches this request.',
  };
}

function kmsStage(sub: Analysis | null): StageStep {
  if (!sub) return { kind: 'kms', outcome: 'absent', note: ABSENT.kms };
  return {
    kind: 'kms',
    outcome:
      sub.decision === 'Allow' ? 'allow' : sub.decision === 'ExplicitDeny' ? 'deny' : 'no-match',
    note: sub.decides.reason,
  };
}

export function evaluationWalk(input: AccessInput): EvaluationWalk {
  const full = analyseAccess(input);
  const n = full.normalized;
  const { main } = full;
  const stages: StageStep[] = [
    stage('scp', main.steps, n.scps.length > 0),
    stage('resource', main.steps, n.resourcePolicy !== undefined || n.domainPolicy !== undefined),
    stage('identity', main.steps, n.identityPolicies.length > 0),
    stage('boundary', main.steps, n.permissionsBoundary !== undefined),
    kmsStage(full.kms?.analysis ?? null),
  ];
  const decides = full.trace[full.trace.length - 1]!;
  // a deny is decided where its deciding policy sits in the order; an allow needs every stage
  const last =
    full.decision === 'Allow'
      ? stages.length - 1
      : full.kms && main.decision === 'Allow'
        ? stages.length - 1
        : stages.findIndex((s) => s.kind === STAGE_OF[decides.policy]);
  return {
    decision: full.decision,
    steps: [
      ...stages.slice(0, last < 0 ? stages.length : last + 1),
      { kind: 'decision', outcome: full.decision, note: decides.reason },
    ],
  };
}
