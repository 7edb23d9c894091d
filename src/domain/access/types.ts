/**
 * Types of the cross-account access engine.
 *
 * A `PolicyDocument` is the normalised form of an IAM JSON policy: the same element names AWS
 * writes, with every string-or-array field held as an array and every condition value as a
 * string. A normalised document is itself valid policy JSON, so normalising is idempotent.
 */

export type PolicyVersion = '2012-10-17' | '2008-10-17';
export type Effect = 'Allow' | 'Deny';

/** `Principal` / `NotPrincipal`: `"*"` or a map of principal types to identifiers. */
export type PrincipalMap = {
  AWS?: string[];
  Service?: string[];
  Federated?: string[];
  CanonicalUser?: string[];
};
export type PrincipalElement = '*' | PrincipalMap;

/** `{ operator: { key: values } }`, operator and key as written in the policy. */
export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface Statement {
  Sid?: string;
  Effect: Effect;
  Principal?: PrincipalElement;
  NotPrincipal?: PrincipalElement;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: PolicyVersion;
  Id?: string;
  Statement: Statement[];
}

/** What a policy is attached to decides which elements it may carry. */
export type PolicyKind = 'identity' | 'resource' | 'trust';

/** A parsed document or the raw JSON object as AWS writes it (Statement object or array, …). */
export type PolicyInput = PolicyDocument | Readonly<Record<string, unknown>>;

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

export type TracePolicy =
  'identity' | 'resource' | 'domain' | 'boundary' | 'scp' | 'kms' | 'service-rule';

export interface TraceStep {
  policy: TracePolicy;
  /** The statement's Sid, or its index when it has none. */
  statement?: string;
  outcome: 'allow' | 'deny' | 'no-match' | 'decides';
  reason: string;
}

export type ContextValue = string | string[];

export interface AccessRequest {
  action: string;
  resource: string;
  resourceAccount?: string;
  context?: Record<string, ContextValue>;
}

export interface AccessPrincipal {
  arn: string;
  identityPolicies: PolicyInput[];
  permissionsBoundary?: PolicyInput;
}

export interface KmsKeyInput {
  arn: string;
  policy: PolicyInput;
  managedBy?: 'AWS' | 'CUSTOMER';
}

export interface AccessInput {
  principal: AccessPrincipal;
  request: AccessRequest;
  /** The policy of request.resource; a statement without Resource covers that resource. */
  resourcePolicy?: PolicyInput;
  /** CodeArtifact: the domain's policy. */
  domainPolicy?: PolicyInput;
  kmsKey?: KmsKeyInput;
  /** The principal's account's SCPs: each must allow. */
  scps?: PolicyInput[];
}

export interface AccessResult {
  decision: Decision;
  trace: TraceStep[];
}
