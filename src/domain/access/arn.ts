/**
 * ARNs and the calling principal.
 * An ARN is `arn:partition:service:region:account:resource`; the resource part may itself
 * contain colons, so only the first five colons split (reference-arns).
 */
import { PolicyError } from '../errors';

export const ACCOUNT_ID = /^\d{12}$/;

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** The six colon-separated segments, the last one keeping any further colons; null if fewer. */
export function splitArn(text: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = text.indexOf(':', start);
    if (colon === -1) return null;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

export function parseArn(text: string): Arn | null {
  const parts = splitArn(text);
  if (!parts || parts[0] !== 'arn') return null;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  if (!partition || !service || !resource) return null;
  return { partition, service, region, account, resource };
}

/** The account an ARN belongs to, or null when the ARN carries none (S3 buckets, `*`). */
export function accountOf(arn: string): string | null {
  const parsed = parseArn(arn);
  return parsed && ACCOUNT_ID.test(parsed.account) ? parsed.account : null;
}

export type CallerKind = 'root' | 'user' | 'role' | 'assumed-role' | 'federated-user' | 'service';

/** Who is calling, with every identity AWS may evaluate for it (account → role → session). */
export interface Caller {
  arn: string;
  kind: CallerKind;
  partition: string;
  /** null only for service principals */
  account: string | null;
  /** aws:PrincipalArn: for a role session this is the role's ARN, not the session's. */
  principalArn: string;
  /** The role's name for roles and role sessions (the session ARN carries no role path). */
  roleName?: string;
  userName?: string;
  /** For service principals: `s3.amazonaws.com`, … */
  service?: string;
}

const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/**
 * Describe the caller from its ARN. Accepted: account root, IAM user, IAM role, assumed-role
 * session, federated-user session, or an AWS service principal name (id_users,
 * reference_policies_elements_principal).
 */
export function describeCaller(arn: string): Caller {
  let caller = callers.get(arn);
  if (!caller) {
    caller = Object.freeze(readCaller(arn));
    // a small memo: the same few callers are evaluated over and over
    if (callers.size >= 256) callers.clear();
    callers.set(arn, caller);
  }
  return caller;
}

const callers = new Map<string, Caller>();

function readCaller(arn: string): Caller {
  if (SERVICE_PRINCIPAL.test(arn)) {
    return {
      arn,
      kind: 'service',
      partition: 'aws',
      account: null,
      principalArn: arn,
      service: arn,
    };
  }
  const parsed = parseArn(arn);
  if (!parsed || !ACCOUNT_ID.test(parsed.account)) {
    throw new PolicyError(
      'principal.arn',
      `"${arn}" is not a principal ARN (arn:aws:iam::123456789012:user/name, …:role/name, arn:aws:sts::…:assumed-role/role/session) or a service principal`,
    );
  }
  const { partition, service, account, resource } = parsed;
  const base = { arn, partition, account };
  if (service === 'iam') {
    if (resource === 'root') return { ...base, kind: 'root', principalArn: arn };
    const slash = resource.indexOf('/');
    const type = slash === -1 ? resource : resource.slice(0, slash);
    const name = resource.slice(resource.lastIndexOf('/') + 1);
    if (slash !== -1 && name) {
      if (type === 'user') return { ...base, kind: 'user', principalArn: arn, userName: name };
      if (type === 'role') return { ...base, kind: 'role', principalArn: arn, roleName: name };
    }
  }
  if (service === 'sts') {
    const parts = resource.split('/');
    if (parts[0] === 'assumed-role' && parts.length === 3 && parts[1] && parts[2]) {
      const roleName = parts[1];
      // aws:PrincipalArn of a role session is the role ARN (reference_policies_condition-keys)
      return {
        ...base,
        kind: 'assumed-role',
        principalArn: `arn:${partition}:iam::${account}:role/${roleName}`,
        roleName,
      };
    }
    if (parts[0] === 'federated-user' && parts.length === 2 && parts[1]) {
      return { ...base, kind: 'federated-user', principalArn: arn, userName: parts[1] };
    }
  }
  throw new PolicyError(
    'principal.arn',
    `"${arn}" is not a principal: expected root, user/…, role/… or an sts assumed-role/federated-user session`,
  );
}

/** The ARN of the caller's role (for roles and role sessions), path unknown for sessions. */
export function roleArnOf(caller: Caller): string | null {
  return caller.roleName && caller.account
    ? `arn:${caller.partition}:iam::${caller.account}:role/${caller.roleName}`
    : null;
}

export function rootArnOf(caller: Caller): string | null {
  return caller.account ? `arn:${caller.partition}:iam::${caller.account}:root` : null;
}
