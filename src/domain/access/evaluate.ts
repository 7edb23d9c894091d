/**
 * The policy evaluation logic for one request (reference_policies_evaluation-logic,
 * reference_policies_evaluation-logic-cross-account), in the documented order:
 * explicit deny → SCPs → resource-based policies → identity-based policies → permissions boundary.
 */
import { PolicyError } from '../errors';
import { type Caller, accountOf, describeCaller, parseArn, splitArn } from './arn';
import type { PrincipalMatch } from './match';
import { normalizePolicy } from './parse';
import { kmsActionFor, kmsRequestFor } from './kms';
import { type ResourceSide, planRequest } from './service-rules';
import type {
  AccessInput,
  AccessRequest,
  AccessResult,
  ContextValue,
  Decision,
  PolicyDocument,
  TraceStep,
} from './types';
import { type Hit, type Prepared, scan } from './scan';
import type { ContextMap } from './variables';

// ---------- normalised input ----------

export interface NormalizedInput {
  caller: Caller;
  identityPolicies: PolicyDocument[];
  permissionsBoundary: PolicyDocument | undefined;
  resourcePolicy: PolicyDocument | undefined;
  domainPolicy: PolicyDocument | undefined;
  kmsKey: { arn: string; policy: PolicyDocument; managedBy: 'AWS' | 'CUSTOMER' } | undefined;
  scps: PolicyDocument[];
}

/** Accept parsed or raw policies alike ("raw policy documents are accepted wherever a parsed one is"). */
export function normalizeInput(input: AccessInput): NormalizedInput {
  const p = input.principal;
  if (typeof p?.arn !== 'string') throw new PolicyError('principal.arn', 'is required');
  if (!Array.isArray(p.identityPolicies))
    throw new PolicyError('principal.identityPolicies', 'must be an array of policies');
  if (input.scps !== undefined && !Array.isArray(input.scps))
    throw new PolicyError('scps', 'must be an array of policies');
  if (input.kmsKey !== undefined && parseArn(String(input.kmsKey.arn))?.service !== 'kms')
    throw new PolicyError('kmsKey.arn', `"${String(input.kmsKey.arn)}" is not a KMS key ARN`);
  return {
    caller: describeCaller(p.arn),
    identityPolicies: p.identityPolicies.map((d, i) =>
      normalizePolicy(d, { kind: 'identity', path: `principal.identityPolicies[${i}]` }),
    ),
    permissionsBoundary:
      p.permissionsBoundary === undefined
        ? undefined
        : normalizePolicy(p.permissionsBoundary, {
            kind: 'identity',
            path: 'principal.permissionsBoundary',
          }),
    resourcePolicy:
      input.resourcePolicy === undefined
        ? undefined
        : normalizePolicy(input.resourcePolicy, { kind: 'resource', path: 'resourcePolicy' }),
    domainPolicy:
      input.domainPolicy === undefined
        ? undefined
        : normalizePolicy(input.domainPolicy, { kind: 'resource', path: 'domainPolicy' }),
    kmsKey:
      input.kmsKey === undefined
        ? undefined
        : {
            arn: input.kmsKey.arn,
            policy: normalizePolicy(input.kmsKey.policy, {
              kind: 'resource',
              path: 'kmsKey.policy',
            }),
            managedBy: input.kmsKey.managedBy ?? 'CUSTOMER',
          },
    scps: (input.scps ?? []).map((d, i) =>
      normalizePolicy(d, { kind: 'identity', path: `scps[${i}]` }),
    ),
  };
}

// ---------- request ----------

const PRINCIPAL_TYPE: Record<Caller['kind'], string> = {
  root: 'Account',
  user: 'User',
  role: 'AssumedRole',
  'assumed-role': 'AssumedRole',
  'federated-user': 'FederatedUser',
  service: 'AWSService',
};

/**
 * The request context: aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalType and
 * aws:username come from the caller unless the request supplies them
 * (reference_policies_condition-keys); key names are case-insensitive.
 */
function buildContext(
  caller: Caller,
  context: Record<string, ContextValue> | undefined,
): ContextMap {
  const map = new Map<string, readonly string[]>();
  if (caller.kind === 'service') {
    map.set('aws:principalservicename', [caller.arn]);
  } else {
    map.set('aws:principalaccount', [caller.account as string]);
    map.set('aws:principalarn', [caller.principalArn]);
    map.set('aws:principaltype', [PRINCIPAL_TYPE[caller.kind]]);
    if (caller.kind === 'user' && caller.userName) map.set('aws:username', [caller.userName]);
  }
  if (context) {
    for (const key of Object.keys(context)) {
      const value = context[key];
      if (typeof value === 'string') map.set(key.toLowerCase(), [value]);
      else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        map.set(key.toLowerCase(), value);
      else
        throw new PolicyError(
          `request.context[${JSON.stringify(key)}]`,
          'must be a string or an array of strings',
        );
    }
  }
  return map;
}

const ACTION = /^[A-Za-z0-9-]+:[A-Za-z0-9]+$/;

function prepare(n: NormalizedInput, request: AccessRequest): Prepared {
  if (typeof request?.action !== 'string' || !ACTION.test(request.action)) {
    throw new PolicyError(
      'request.action',
      `"${String(request?.action)}" is not an action such as "s3:GetObject"`,
    );
  }
  if (typeof request.resource !== 'string' || request.resource === '')
    throw new PolicyError('request.resource', 'must be an ARN or "*"');
  return {
    action: request.action,
    actionLower: request.action.toLowerCase(),
    resource: request.resource,
    resourceSegments: splitArn(request.resource),
    context: buildContext(n.caller, request.context),
    caller: n.caller,
    hasBoundary: n.permissionsBoundary !== undefined,
  };
}

// ---------- decision ----------

export interface Facts {
  action: string;
  resource: string;
  callerAccount: string | null;
  resourceAccount: string | null;
  crossAccount: boolean;
  explicitDenies: Hit[];
  /** indexes of SCPs with no applicable Allow */
  scpMissing: number[];
  identityAllows: boolean;
  boundary: 'none' | 'allows' | 'missing';
  /** the strongest Allow among the resource-side policies */
  grant: Hit | null;
  sides: ResourceSide[];
  identityOnly: boolean;
  resourcePolicyRequired: boolean;
  managedKeyBlocked: boolean;
}

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

function sideNames(facts: Facts): string {
  return facts.sides.map((s) => s.label).join(' or ') || 'resource-based policy';
}

function decide(
  f: Facts,
  prep: Prepared,
  identityOnly: string | null,
  required: string | null,
  service: boolean,
): { decision: Decision; decides: TraceStep } {
  const what = `${prep.action} on ${prep.resource}`;
  // `at`: the kind of policy whose absence or silence decided, when no statement did
  const step = (
    decision: Decision,
    reason: string,
    hit?: Hit,
    at: TraceStep['policy'] = 'service-rule',
  ): { decision: Decision; decides: TraceStep } => ({
    decision,
    decides: {
      policy: hit?.source ?? at,
      ...(hit ? { statement: hit.statement } : {}),
      outcome: 'decides',
      reason: `${decision}: ${reason}`,
    },
  });
  const boundaryOk = f.boundary !== 'missing';
  const boundaryBlocks = `the permissions boundary has no statement allowing ${what}; a boundary caps what identity-based policies grant (access_policies_boundaries)`;
  const noSidePolicy = f.sides.every((s) => !s.policy);

  // 1. an explicit deny in any applicable policy wins (policy-eval-denyallow)
  const deny = f.explicitDenies[0];
  if (deny)
    return step(
      'ExplicitDeny',
      `${deny.statementLabel} in the ${deny.label} explicitly denies ${what}; an explicit deny overrides every allow (reference_policies_evaluation-logic_policy-eval-denyallow)`,
      deny,
    );

  // AWS managed keys cannot be shared across accounts, whatever the policies say (UsingKMSEncryption)
  if (f.managedKeyBlocked) {
    return step(
      'ImplicitDeny',
      `${prep.resource} is an AWS managed key, which only principals of its own account can use; cross-account use needs a customer managed key (AmazonS3 UsingKMSEncryption)`,
      undefined,
      'kms',
    );
  }

  // a service principal is authorised by the resource-based policy alone (principal-services)
  if (service) {
    if (f.grant)
      return step(
        'Allow',
        `the ${f.grant.label} grants ${what} to the service principal ${prep.caller.arn}`,
        f.grant,
      );
    return step(
      'ImplicitDeny',
      `no ${sideNames(f)} grants ${what} to the service principal ${prep.caller.arn} (reference_policies_elements_principal)`,
      undefined,
      'resource',
    );
  }

  // 2. every SCP must allow (policy-eval-denyallow, orgs_manage_policies_scps)
  if (f.scpMissing.length > 0) {
    return step(
      'ImplicitDeny',
      `SCP #${(f.scpMissing[0] as number) + 1} of account ${f.callerAccount ?? ''} has no statement allowing ${what}; each SCP must allow the action (reference_policies_evaluation-logic_policy-eval-denyallow)`,
      undefined,
      'scp',
    );
  }

  // identity-only actions (service rules)
  if (identityOnly) {
    if (!f.identityAllows)
      return step(
        'ImplicitDeny',
        `no identity-based policy allows ${what}; ${identityOnly}`,
        undefined,
        'identity',
      );
    if (!boundaryOk) return step('ImplicitDeny', boundaryBlocks, undefined, 'boundary');
    return step(
      'Allow',
      `an identity-based policy allows ${what}; ${identityOnly}`,
      undefined,
      'identity',
    );
  }

  // 3. cross-account: the trusting account's resource policy AND the trusted account's
  //    identity policy must both allow (reference_policies_evaluation-logic-cross-account)
  if (f.crossAccount) {
    if (!f.grant) {
      return step(
        'ImplicitDeny',
        noSidePolicy
          ? `cross-account request from account ${f.callerAccount ?? ''} to account ${f.resourceAccount ?? ''}, and the resource has no ${sideNames(f)} to allow it; identity-based policies alone cannot grant access to another account's resource (reference_policies_evaluation-logic-cross-account)`
          : `cross-account request from account ${f.callerAccount ?? ''} to account ${f.resourceAccount ?? ''}, and no statement in the ${sideNames(f)} allows the caller (reference_policies_evaluation-logic-cross-account)`,
        undefined,
        'resource',
      );
    }
    if (!f.identityAllows) {
      return step(
        'ImplicitDeny',
        `the ${f.grant.label} in account ${f.resourceAccount ?? ''} allows it, but cross-account access also needs an identity-based policy in account ${f.callerAccount ?? ''} allowing ${what}, and none does (reference_policies_evaluation-logic-cross-account)`,
        undefined,
        'identity',
      );
    }
    if (!boundaryOk) return step('ImplicitDeny', boundaryBlocks, undefined, 'boundary');
    return step(
      'Allow',
      `cross-account: the ${f.grant.label} in account ${f.resourceAccount ?? ''} allows the caller (${f.grant.statementLabel}) and an identity-based policy in account ${f.callerAccount ?? ''} allows ${what} (reference_policies_evaluation-logic-cross-account)`,
      f.grant,
    );
  }

  // 4. same account
  const g = f.grant;
  if (g && (g.match === 'direct' || g.match === 'anyone')) {
    // a resource policy naming the user or session itself (or "*") needs nothing else
    // within the account; identity-policy and boundary implicit denies don't limit it
    // (policy-eval-denyallow "IAM user", "IAM role session"; principal-anonymous)
    return step(
      'Allow',
      `the ${g.label} names ${g.match === 'anyone' ? 'every principal ("*")' : `the caller ${g.entry ?? ''}`} directly (${g.statementLabel}); within one account that alone grants access, and implicit denies in identity-based policies or a permissions boundary do not limit it (reference_policies_evaluation-logic_policy-eval-denyallow)`,
      g,
    );
  }
  if (g && g.match === 'role') {
    // a grant to the role ARN is limited by a permissions boundary (policy-eval-denyallow "IAM role")
    if (boundaryOk)
      return step(
        'Allow',
        `the ${g.label} grants the role ${g.entry ?? ''} (${g.statementLabel}); within one account that suffices, limited only by a permissions boundary, which ${f.boundary === 'none' ? 'is absent' : 'allows it'} (reference_policies_evaluation-logic_policy-eval-denyallow)`,
        g,
      );
    return step(
      'ImplicitDeny',
      `the ${g.label} grants the role ARN, but a grant to a role ARN is limited by the permissions boundary, and ${boundaryBlocks}`,
    );
  }
  if (required) {
    // key policies and trust policies must allow the principal themselves (policy-eval-denyallow)
    if (!g)
      return step(
        'ImplicitDeny',
        `no statement in the ${sideNames(f)} allows the caller or its account; ${required}`,
        undefined,
        'resource',
      );
    if (!f.identityAllows)
      return step(
        'ImplicitDeny',
        `the ${g.label} delegates to account ${f.callerAccount ?? ''} (${g.statementLabel}), so an identity-based policy must allow ${what}, and none does (key-policy-default)`,
        undefined,
        'identity',
      );
    if (!boundaryOk) return step('ImplicitDeny', boundaryBlocks, undefined, 'boundary');
    return step(
      'Allow',
      `the ${g.label} delegates to account ${f.callerAccount ?? ''} (${g.statementLabel}) and an identity-based policy allows ${what} (key-policy-default)`,
      g,
    );
  }
  if (f.identityAllows && boundaryOk) {
    return step(
      'Allow',
      `within one account an Allow in an identity-based policy suffices${f.boundary === 'allows' ? ' and the permissions boundary allows it too' : ''} (reference_policies_evaluation-logic)`,
      undefined,
      'identity',
    );
  }
  if (f.identityAllows) return step('ImplicitDeny', boundaryBlocks, undefined, 'boundary');
  if (g && g.match === 'account') {
    return step(
      'ImplicitDeny',
      `the ${g.label} grants account ${f.callerAccount ?? ''} (${g.statementLabel}), which delegates the decision to that account's IAM policies, and no identity-based policy allows ${what} (reference_policies_elements_principal)`,
      undefined,
      'identity',
    );
  }
  return step(
    'ImplicitDeny',
    `no identity-based policy and no ${sideNames(f)} allows ${what}; requests are denied unless explicitly allowed (reference_policies_evaluation-logic_policy-eval-denyallow)`,
    undefined,
    'identity',
  );
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
