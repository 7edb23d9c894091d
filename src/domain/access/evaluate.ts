/**
 * The policy evaluation logic for one request (reference_policies_evaluation-logic,
 * reference_policies_evaluation-logic-cross-account), in the documented order:
 * explicit deny → SCPs → resource-based policies → identity-based policies → permissions boundary.
 */
import { accountOf } from './arn';
import type { PrincipalMatch } from './match';
import { kmsActionFor, kmsRequestFor } from './kms';
import { planRequest } from './service-rules';
import type {
  AccessInput,
  AccessRequest,
  AccessResult,
  Decision,
  PolicyDocument,
  TraceStep,
} from './types';
import { scan } from './scan';

import { decide, type Facts } from './evaluate-decide';
import { normalizeInput, prepare, type NormalizedInput } from './evaluate-input';

export interface Analysis {
  decision: Decision;
  steps: TraceStep[];
  decides: TraceStep;
  facts: Facts;
}

const RANK: Record<PrincipalMatch, number> = {
  account: 1,
  role: 2,
  service: 3,
  anyone: 4,
  direct: 5,
};

function label(doc: PolicyDocument, base: string, index: number, count: number): string {
  if (doc.Id) return `${base} '${doc.Id}'`;
  return count > 1 ? `${base} #${index + 1}` : base;
}

export function analyse(n: NormalizedInput, request: AccessRequest): Analysis {
  const prep = prepare(n, request);
  const caller = n.caller;
  const steps: TraceStep[] = [];
  const plan = planRequest(prep.actionLower, prep.resource, {
    resourcePolicy: n.resourcePolicy,
    domainPolicy: n.domainPolicy,
    kmsKey: n.kmsKey,
  });
  const resourceAccount = request.resourceAccount ?? accountOf(prep.resource);
  const callerAccount = caller.account;
  const facts: Facts = {
    action: prep.action,
    resource: prep.resource,
    callerAccount,
    resourceAccount,
    // a request is cross-account when the resource lives in another account
    // (reference_policies_evaluation-logic-cross-account); registry-wide "*" requests are not
    crossAccount:
      !plan.identityOnly &&
      resourceAccount !== null &&
      callerAccount !== null &&
      resourceAccount !== callerAccount,
    explicitDenies: [],
    scpMissing: [],
    identityAllows: false,
    boundary: n.permissionsBoundary ? 'missing' : 'none',
    grant: null,
    sides: plan.sides,
    identityOnly: plan.identityOnly !== null,
    resourcePolicyRequired: plan.resourcePolicyRequired !== null,
    managedKeyBlocked: false,
  };
  const service = caller.kind === 'service';

  for (const ignored of plan.ignored)
    steps.push({ policy: 'service-rule', outcome: 'no-match', reason: ignored.reason });
  if (resourceAccount === null && !plan.identityOnly && prep.resource !== '*' && !service) {
    steps.push({
      policy: 'service-rule',
      outcome: 'no-match',
      reason: `${prep.resource} names no account (S3 ARNs carry none), so it is taken to be in the caller's account ${callerAccount ?? ''}; set request.resourceAccount for a cross-account request`,
    });
  }

  // SCPs apply to the principals of the account they are attached to; each must allow (policy-eval-denyallow)
  if (!service) {
    n.scps.forEach((doc, i) => {
      const r = scan(doc, 'scp', label(doc, 'SCP', i, n.scps.length), false, prep, steps);
      facts.explicitDenies.push(...r.denies);
      if (r.allows.length === 0) facts.scpMissing.push(i);
    });
  }

  // resource-based policies
  for (const side of plan.sides) {
    if (!side.policy) continue;
    const r = scan(side.policy, side.source, side.label, true, prep, steps);
    facts.explicitDenies.push(...r.denies);
    for (const hit of r.allows) {
      if (
        !facts.grant ||
        RANK[hit.match as PrincipalMatch] > RANK[facts.grant.match as PrincipalMatch]
      )
        facts.grant = hit;
    }
  }

  // identity-based policies and the permissions boundary
  if (!service) {
    if (caller.kind === 'root') {
      // the root user has full access to its account without any policy (policy-eval-denyallow)
      facts.identityAllows = true;
      steps.push({
        policy: 'identity',
        outcome: 'allow',
        reason: `${caller.arn} is the account root user, which has full access by default; only SCPs and explicit denies limit it`,
      });
    }
    n.identityPolicies.forEach((doc, i) => {
      const r = scan(
        doc,
        'identity',
        label(doc, 'identity policy', i, n.identityPolicies.length),
        false,
        prep,
        steps,
      );
      facts.explicitDenies.push(...r.denies);
      if (r.allows.length > 0) facts.identityAllows = true;
    });
    if (n.permissionsBoundary) {
      const r = scan(n.permissionsBoundary, 'boundary', 'permissions boundary', false, prep, steps);
      facts.explicitDenies.push(...r.denies);
      if (r.allows.length > 0) facts.boundary = 'allows';
    }
  }

  // an AWS managed key cannot be used from another account (UsingKMSEncryption)
  if (
    n.kmsKey &&
    n.kmsKey.managedBy === 'AWS' &&
    prep.actionLower.startsWith('kms:') &&
    n.kmsKey.arn === prep.resource &&
    accountOf(n.kmsKey.arn) !== null &&
    accountOf(n.kmsKey.arn) !== callerAccount
  ) {
    facts.managedKeyBlocked = true;
  }

  const { decision, decides } = decide(
    facts,
    prep,
    plan.identityOnly,
    plan.resourcePolicyRequired,
    service,
  );
  return { decision, steps, decides, facts };
}

// ---------- the public entry point ----------

const SEVERITY: Record<Decision, number> = { Allow: 0, ImplicitDeny: 1, ExplicitDeny: 2 };

/** The worse of two decisions: ExplicitDeny > ImplicitDeny > Allow. */
export function worse(a: Decision, b: Decision): Decision {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

export interface FullAnalysis {
  decision: Decision;
  trace: TraceStep[];
  main: Analysis;
  /** the KMS request S3 makes for an SSE-KMS object, when a key is given */
  kms: { request: AccessRequest; analysis: Analysis } | null;
  normalized: NormalizedInput;
}

export function analyseAccess(input: AccessInput): FullAnalysis {
  const normalized = normalizeInput(input);
  const main = analyse(normalized, input.request);
  const kmsAction = normalized.kmsKey ? kmsActionFor(main.facts.action.toLowerCase()) : null;
  if (!normalized.kmsKey || !kmsAction) {
    return {
      decision: main.decision,
      trace: [...main.steps, main.decides],
      main,
      kms: null,
      normalized,
    };
  }
  // SSE-KMS: the object operation also needs the KMS permission on the key, for the same
  // caller and context; the worse decision wins (UsingKMSEncryption)
  const key = normalized.kmsKey;
  const request = kmsRequestFor(kmsAction, key.arn, normalized.caller, input.request.context);
  const sub = analyse(normalized, request);
  const decision = worse(main.decision, sub.decision);
  const summary = (a: Analysis, what: string): TraceStep => ({
    policy: a === sub ? 'kms' : 'service-rule',
    outcome: a.decision === 'Allow' ? 'allow' : 'deny',
    reason: `${what} on its own — ${a.decides.reason}`,
  });
  // the deciding step: the worse part's own reason (the object request's on a tie)
  const mainWorse = SEVERITY[main.decision] >= SEVERITY[sub.decision];
  const decidingStep = mainWorse ? main.decides : sub.decides;
  const deciding =
    decision === 'Allow'
      ? `Allow: ${main.facts.action} is allowed and so is ${kmsAction} on ${key.arn}, which S3 needs for an SSE-KMS object (AmazonS3 UsingKMSEncryption)`
      : mainWorse
        ? main.decides.reason
        : `${decision}: ${main.facts.action} on an SSE-KMS object also needs ${kmsAction} on ${key.arn}, and ${sub.decides.reason.slice(sub.decision.length + 2)}; the worse decision wins (AmazonS3 UsingKMSEncryption)`;
  const trace: TraceStep[] = [
    ...main.steps,
    summary(main, `${main.facts.action} on ${main.facts.resource}`),
    {
      policy: 'service-rule',
      outcome: 'no-match',
      reason: `the object is encrypted with ${key.arn} (SSE-KMS): S3 calls ${kmsAction} for the caller with kms:ViaService and kms:CallerAccount set (AmazonS3 UsingKMSEncryption)`,
    },
    ...sub.steps,
    summary(sub, `${kmsAction} on ${key.arn}`),
    {
      policy: decision === 'Allow' ? 'kms' : decidingStep.policy,
      ...(decision !== 'Allow' && decidingStep.statement !== undefined
        ? { statement: decidingStep.statement }
        : {}),
      outcome: 'decides',
      reason: deciding,
    },
  ];
  return { decision, trace, main, kms: { request, analysis: sub }, normalized };
}

/**
 * Decide one request the way AWS does, with a trace of every policy and statement considered,
 * ending with the one step that decides.
 */
export function evaluateAccess(input: AccessInput): AccessResult {
  const { decision, trace } = analyseAccess(input);
  return { decision, trace };
}
