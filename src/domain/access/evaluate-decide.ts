/** The decision from the facts of one request, in the documented order (evaluate.ts). */
import type { ResourceSide } from './service-rules';
import type { Decision, TraceStep } from './types';
import type { Hit, Prepared } from './scan';

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

export function sideNames(facts: Facts): string {
  return facts.sides.map((s) => s.label).join(' or ') || 'resource-based policy';
}

export function decide(
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
