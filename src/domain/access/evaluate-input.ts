/** The evaluation's input, normalised once: parsed policies, the caller and the request. */
import { PolicyError } from '../errors';
import { type Caller, describeCaller, parseArn, splitArn } from './arn';
import { normalizePolicy } from './parse';
import type { AccessInput, AccessRequest, ContextValue, PolicyDocument } from './types';
import type { Prepared } from './scan';
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

export function prepare(n: NormalizedInput, request: AccessRequest): Prepared {
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
