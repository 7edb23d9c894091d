/**
 * "What would make this allowed?": the smallest statements to add, per side, for a denied
 * request — and the explicit denies and service rules that no added Allow can overcome.
 */
import type { Caller } from './arn';
import { type Analysis, analyseAccess } from './evaluate';
import type { NormalizedInput } from './evaluate-input';
import type { AccessInput, Decision, PolicyDocument, Statement, TracePolicy } from './types';

export type SuggestionSide = 'identity' | 'resource' | 'domain' | 'kms' | 'boundary' | 'scp';

export interface Suggestion {
  side: SuggestionSide;
  /** for side 'scp': which SCP */
  scpIndex?: number;
  action: string;
  resource: string;
  /** the statement to add to that side's policy */
  statement: Statement;
  reason: string;
}

export interface Blocker {
  policy: TracePolicy;
  statement?: string;
  reason: string;
}

export interface WhatWouldAllowResult {
  decision: Decision;
  suggestions: Suggestion[];
  blockers: Blocker[];
  /** the decision once every suggestion is applied (Allow unless a blocker remains) */
  decisionAfter: Decision;
}

/** How a resource policy should name the caller: the role for role sessions (stable across sessions). */
function principalArnFor(caller: Caller): string {
  if (caller.kind === 'assumed-role')
    return `arn:${caller.partition}:iam::${caller.account ?? ''}:role/${caller.roleName ?? ''}`;
  return caller.arn;
}

/** "ecr:BatchGetImage" → "AllowEcrBatchGetImage" (Sids are alphanumeric in IAM — reference_policies_elements_sid). */
function sid(action: string): string {
  const [service = '', name = ''] = action.split(':');
  const word = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  return `Allow${service.split('-').map(word).join('')}${word(name)}`.replace(/[^A-Za-z0-9]/g, '');
}

function suggestionsFor(
  a: Analysis,
  n: NormalizedInput,
  out: Suggestion[],
  blockers: Blocker[],
): void {
  const f = a.facts;
  if (a.decision === 'Allow') return;
  const { action, resource } = f;
  const identity = (side: 'identity' | 'boundary', reason: string): void => {
    out.push({
      side,
      action,
      resource,
      statement: { Sid: sid(action), Effect: 'Allow', Action: [action], Resource: [resource] },
      reason,
    });
  };
  const resourceSide = (reason: string): void => {
    const first = f.sides[0];
    if (!first) return;
    const statement: Statement =
      n.caller.kind === 'service'
        ? {
            Sid: sid(action),
            Effect: 'Allow',
            Principal: { Service: [n.caller.arn] },
            Action: [action],
            Resource: [first.source === 'kms' ? '*' : resource],
          }
        : {
            Sid: sid(action),
            Effect: 'Allow',
            Principal: { AWS: [principalArnFor(n.caller)] },
            Action: [action],
            Resource: [first.source === 'kms' ? '*' : resource],
          };
    out.push({
      side: first.source,
      action,
      resource,
      statement,
      reason: `${reason} (add it to the ${first.label})`,
    });
  };

  if (f.explicitDenies.length > 0) {
    for (const d of f.explicitDenies) {
      blockers.push({
        policy: d.source,
        statement: d.statement,
        reason: `${d.statementLabel} in the ${d.label} explicitly denies ${action}; no added Allow overrides an explicit deny — change or remove that statement`,
      });
    }
    return;
  }
  if (f.managedKeyBlocked) {
    blockers.push({
      policy: 'service-rule',
      reason: `${resource} is an AWS managed key and cannot be used from account ${f.callerAccount ?? ''}; re-encrypt with a customer managed key whose key policy allows that account`,
    });
    return;
  }
  if (n.caller.kind === 'service') {
    resourceSide(`the resource-based policy must grant ${action} to ${n.caller.arn}`);
    return;
  }
  for (const i of f.scpMissing) {
    out.push({
      side: 'scp',
      scpIndex: i,
      action,
      resource,
      statement: { Sid: sid(action), Effect: 'Allow', Action: [action], Resource: ['*'] },
      reason: `every SCP must allow ${action}; SCP #${i + 1} does not`,
    });
  }
  const boundary = f.boundary === 'missing';
  const boundaryReason = `the permissions boundary must also allow ${action}`;
  if (f.identityOnly) {
    if (!f.identityAllows)
      identity('identity', `only an identity-based policy can grant ${action}`);
    if (boundary) identity('boundary', boundaryReason);
    return;
  }
  if (f.crossAccount) {
    if (!f.grant)
      resourceSide(
        `cross-account access needs the resource's policy in account ${f.resourceAccount ?? ''} to allow the caller`,
      );
    if (!f.identityAllows)
      identity(
        'identity',
        `cross-account access also needs an identity-based policy in account ${f.callerAccount ?? ''}`,
      );
    if (boundary) identity('boundary', boundaryReason);
    return;
  }
  const g = f.grant;
  if (f.resourcePolicyRequired) {
    if (!g) {
      resourceSide(
        `the ${f.sides[0]?.label ?? 'resource policy'} must itself allow the caller, even within one account`,
      );
      if (boundary && n.caller.kind === 'assumed-role')
        identity('boundary', `${boundaryReason}: a grant to a role ARN is limited by the boundary`);
    } else if (g.match === 'account') {
      if (!f.identityAllows)
        identity(
          'identity',
          `the ${g.label} delegates to the account, so an identity-based policy must allow ${action}`,
        );
      if (boundary) identity('boundary', boundaryReason);
    } else if (boundary) {
      identity('boundary', boundaryReason);
    }
    return;
  }
  if (g && g.match === 'role') {
    if (boundary)
      identity('boundary', `${boundaryReason}: a grant to a role ARN is limited by the boundary`);
    return;
  }
  if (!f.identityAllows)
    identity(
      'identity',
      `within one account an identity-based policy allowing ${action} is enough`,
    );
  if (boundary) identity('boundary', boundaryReason);
}

function withStatement(doc: PolicyDocument | undefined, statement: Statement): PolicyDocument {
  const statements = doc ? [...doc.Statement] : [];
  const taken = new Set(statements.map((s) => s.Sid));
  let candidate = statement.Sid ?? 'Allow';
  for (let k = 2; taken.has(candidate); k++) candidate = `${statement.Sid ?? 'Allow'}${k}`;
  statements.push({ ...statement, Sid: candidate });
  return {
    Version: doc?.Version ?? '2012-10-17',
    ...(doc?.Id !== undefined ? { Id: doc.Id } : {}),
    Statement: statements,
  };
}

/** Apply suggestions to a copy of the input (the input itself is never changed). */
export function applySuggestions(
  input: AccessInput,
  n: NormalizedInput,
  suggestions: readonly Suggestion[],
): AccessInput {
  let identityPolicies: AccessInput['principal']['identityPolicies'] = [...n.identityPolicies];
  let boundary = n.permissionsBoundary;
  let resourcePolicy = n.resourcePolicy;
  let domainPolicy = n.domainPolicy;
  let kmsKey = n.kmsKey;
  const scps = [...n.scps];
  for (const s of suggestions) {
    switch (s.side) {
      case 'identity':
        identityPolicies = [...identityPolicies, withStatement(undefined, s.statement)];
        break;
      case 'boundary':
        boundary = withStatement(boundary, s.statement);
        break;
      case 'resource':
        resourcePolicy = withStatement(resourcePolicy, s.statement);
        break;
      case 'domain':
        // mirrors planRequest: a domain action uses the domain policy, else the resource policy given for the domain
        if (domainPolicy || !resourcePolicy)
          domainPolicy = withStatement(domainPolicy, s.statement);
        else resourcePolicy = withStatement(resourcePolicy, s.statement);
        break;
      case 'kms':
        if (kmsKey && (kmsKey.arn === s.resource || !resourcePolicy))
          kmsKey = { ...kmsKey, policy: withStatement(kmsKey.policy, s.statement) };
        else resourcePolicy = withStatement(resourcePolicy, s.statement);
        break;
      case 'scp':
        scps[s.scpIndex ?? 0] = withStatement(scps[s.scpIndex ?? 0], s.statement);
        break;
    }
  }
  return {
    principal: {
      arn: input.principal.arn,
      identityPolicies,
      ...(boundary ? { permissionsBoundary: boundary } : {}),
    },
    request: input.request,
    ...(resourcePolicy ? { resourcePolicy } : {}),
    ...(domainPolicy ? { domainPolicy } : {}),
    ...(kmsKey ? { kmsKey } : {}),
    ...(input.scps ? { scps } : {}),
  };
}

export function whatWouldAllow(input: AccessInput): WhatWouldAllowResult {
  const full = analyseAccess(input);
  const suggestions: Suggestion[] = [];
  const blockers: Blocker[] = [];
  suggestionsFor(full.main, full.normalized, suggestions, blockers);
  if (full.kms) suggestionsFor(full.kms.analysis, full.normalized, suggestions, blockers);
  const unique = suggestions.filter(
    (s, i) =>
      suggestions.findIndex(
        (t) =>
          t.side === s.side &&
          t.scpIndex === s.scpIndex &&
          t.action === s.action &&
          t.resource === s.resource,
      ) === i,
  );
  const decisionAfter =
    unique.length === 0
      ? full.decision
      : analyseAccess(applySuggestions(input, full.normalized, unique)).decision;
  return { decision: full.decision, suggestions: unique, blockers, decisionAfter };
}
