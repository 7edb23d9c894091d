/** Reading and writing a scenario's policies, by id, and the ARNs of its principals and resources. */
import { PolicyError } from '../errors';
import { parsePolicy } from './parse';
import type { ContextValue, PolicyDocument, PolicyKind } from './types';
import type { AccessScenario, PolicyId, PolicySlot, Principal } from './scenario';

/** Every policy of the scenario, in the order the page shows them. */
export function policyIds(s: AccessScenario): PolicyId[] {
  return [
    ...(s.organization ? (['scp'] as const) : []),
    ...s.principals.flatMap((p) => [`identity:${p.name}`, `boundary:${p.name}`] as PolicyId[]),
    'ecr-repository',
    'bucket',
    'key',
    'domain',
    'ca-repository',
  ];
}

function principalOf(s: AccessScenario, id: string): Principal | undefined {
  const name = id.slice(id.indexOf(':') + 1);
  return s.principals.find((p) => p.name === name);
}

export function getSlot(s: AccessScenario, id: PolicyId): PolicySlot | null {
  const r = s.resources;
  switch (id) {
    case 'scp':
      return s.organization?.scp ?? null;
    case 'ecr-repository':
      return r.ecr.policy;
    case 'bucket':
      return r.s3.policy;
    case 'key':
      return r.kms.policy;
    case 'domain':
      return r.codeartifact.domainPolicy;
    case 'ca-repository':
      return r.codeartifact.repositoryPolicy;
  }
  const p = principalOf(s, id);
  if (!p) return null;
  return id.startsWith('identity:') ? p.identity : id.startsWith('boundary:') ? p.boundary : null;
}

/** A copy of the scenario with one policy slot replaced (unknown ids leave it as it is). */
export function setSlot(s: AccessScenario, id: PolicyId, slot: PolicySlot): AccessScenario {
  const r = s.resources;
  switch (id) {
    case 'scp':
      return s.organization ? { ...s, organization: { ...s.organization, scp: slot } } : s;
    case 'ecr-repository':
      return { ...s, resources: { ...r, ecr: { ...r.ecr, policy: slot } } };
    case 'bucket':
      return { ...s, resources: { ...r, s3: { ...r.s3, policy: slot } } };
    case 'key':
      return { ...s, resources: { ...r, kms: { ...r.kms, policy: slot } } };
    case 'domain':
      return { ...s, resources: { ...r, codeartifact: { ...r.codeartifact, domainPolicy: slot } } };
    case 'ca-repository':
      return {
        ...s,
        resources: { ...r, codeartifact: { ...r.codeartifact, repositoryPolicy: slot } },
      };
  }
  const p = principalOf(s, id);
  if (!p) return s;
  const field = id.startsWith('identity:') ? 'identity' : 'boundary';
  return { ...s, principals: s.principals.map((q) => (q === p ? { ...q, [field]: slot } : q)) };
}

/** Identity-based policies (identity, boundary, SCP) carry no Principal; the rest are resource-based. */
export function policyKind(id: PolicyId): Extract<PolicyKind, 'identity' | 'resource'> {
  return id === 'scp' || id.startsWith('identity:') || id.startsWith('boundary:')
    ? 'identity'
    : 'resource';
}

export function keyAlias(s: AccessScenario): string {
  return s.resources.kms.managedBy === 'AWS' ? 'aws/s3' : `alias/${s.resources.s3.bucket}`;
}

/** The policy's name in words, e.g. "Identity policy of build", "Repository policy of app". */
export function policyLabel(s: AccessScenario, id: PolicyId): string {
  const r = s.resources;
  switch (id) {
    case 'scp':
      return `SCP of organization ${s.organization?.id ?? ''}`.trim();
    case 'ecr-repository':
      return `Repository policy of ${r.ecr.repository}`;
    case 'bucket':
      return `Bucket policy of ${r.s3.bucket}`;
    case 'key':
      return `Key policy of ${keyAlias(s)}`;
    case 'domain':
      return `Domain policy of ${r.codeartifact.domain}`;
    case 'ca-repository':
      return `Repository policy of ${r.codeartifact.domain}/${r.codeartifact.repository}`;
  }
  const name = id.slice(id.indexOf(':') + 1);
  return id.startsWith('identity:')
    ? `Identity policy of ${name}`
    : `Permissions boundary of ${name}`;
}

export type PolicyState =
  | { status: 'empty' }
  | { status: 'invalid'; path: string; message: string }
  | {
      status: 'valid';
      /** The whole policy as parsed. */
      document: PolicyDocument;
      /** The policy with switched-off statements removed: what is evaluated. */
      effective: PolicyDocument;
      /** effective statement index → index in the policy as written */
      originalIndex: number[];
    };

const parsed = new Map<string, PolicyState>();

/** Reads a slot: empty, invalid (PolicyError path and message) or valid. Never throws. */
export function readPolicy(slot: PolicySlot, kind: 'identity' | 'resource'): PolicyState {
  if (slot.text.trim() === '') return { status: 'empty' };
  const cacheKey = `${kind}\u0000${slot.disabled.join(',')}\u0000${slot.text}`;
  const cached = parsed.get(cacheKey);
  if (cached) return cached;
  let state: PolicyState;
  try {
    const document = parsePolicy(slot.text, { kind });
    const originalIndex = document.Statement.map((_, i) => i).filter(
      (i) => !slot.disabled.includes(i),
    );
    const effective: PolicyDocument =
      originalIndex.length === document.Statement.length
        ? document
        : {
            ...(document.Version ? { Version: document.Version } : {}),
            ...(document.Id !== undefined ? { Id: document.Id } : {}),
            Statement: originalIndex.map((i) => document.Statement[i]!),
          };
    state = { status: 'valid', document, effective, originalIndex };
  } catch (error) {
    state =
      error instanceof PolicyError
        ? {
            status: 'invalid',
            path: error.path,
            message: error.problem,
          }
        : { status: 'invalid', path: '', message: String(error) };
  }
  if (parsed.size > 300) parsed.clear();
  parsed.set(cacheKey, state);
  return state;
}

export function readPolicyById(s: AccessScenario, id: PolicyId): PolicyState | null {
  const slot = getSlot(s, id);
  return slot ? readPolicy(slot, policyKind(id)) : null;
}

// ---------- ARNs ----------

export function principalArn(p: Principal): string {
  return `arn:aws:sts::${p.account}:assumed-role/${p.name}/${p.name}-session`;
}

export function roleArn(p: Principal): string {
  return `arn:aws:iam::${p.account}:role/${p.name}`;
}

export function resourceArns(s: AccessScenario) {
  const r = s.resources;
  const ca = r.codeartifact;
  return {
    ecrRepository: `arn:aws:ecr:${s.region}:${r.ecr.account}:repository/${r.ecr.repository}`,
    bucket: `arn:aws:s3:::${r.s3.bucket}`,
    object: `arn:aws:s3:::${r.s3.bucket}/${r.s3.object}`,
    key: `arn:aws:kms:${s.region}:${r.kms.account}:key/${r.kms.keyId}`,
    domain: `arn:aws:codeartifact:${s.region}:${ca.account}:domain/${ca.domain}`,
    caRepository: `arn:aws:codeartifact:${s.region}:${ca.account}:repository/${ca.domain}/${ca.repository}`,
  };
}

/** The request context of a principal: aws:PrincipalOrgID from its organization, then its own keys. */
export function principalContext(s: AccessScenario, p: Principal): Record<string, ContextValue> {
  const member = s.organization?.members.includes(p.account)
    ? { 'aws:PrincipalOrgID': s.organization.id }
    : {};
  return { ...member, ...p.context };
}
