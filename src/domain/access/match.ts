/**
 * Matching the Action, Resource and Principal elements against a request.
 */
import { ACCOUNT_ID, type Caller, parseArn, splitArn } from './arn';
import type { PrincipalElement, PrincipalMap } from './types';

/** Private-use characters standing for a literal `*` / `?` produced by `${*}` / `${?}`. */
export const LITERAL_STAR = '\uE000';
export const LITERAL_QUESTION = '\uE001';
const STAR = 42;
const QUESTION = 63;
const LIT_STAR = 0xe000;
const LIT_QUESTION = 0xe001;

function sameChar(p: number, v: number): boolean {
  return p === v || (p === LIT_STAR && v === STAR) || (p === LIT_QUESTION && v === QUESTION);
}

/**
 * `*` matches any run of characters, `?` exactly one (reference_policies_elements_resource,
 * Conditions_String). Linear-time greedy matcher with single backtrack point.
 */
export function glob(pattern: string, value: string): boolean {
  const pl = pattern.length;
  const vl = value.length;
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < vl) {
    const pc = p < pl ? pattern.charCodeAt(p) : -1;
    if (pc === STAR) {
      star = p++;
      mark = v;
    } else if (pc !== -1 && (pc === QUESTION || sameChar(pc, value.charCodeAt(v)))) {
      p++;
      v++;
    } else if (star !== -1) {
      p = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (p < pl && pattern.charCodeAt(p) === STAR) p++;
  return p === pl;
}

/**
 * A compiled ARN pattern: each of the six colon-separated segments is matched on its own, so a
 * wildcard never spans a colon (reference_policies_elements_resource, Conditions_ARN). A pattern
 * that is not a six-part ARN (`*`, `arn:aws:*`) is matched as one string — not specified by
 * the docs; chosen so `*` keeps meaning "everything".
 */
export interface ArnPattern {
  text: string;
  segments: string[] | null;
}

export function compileArnPattern(text: string): ArnPattern {
  return { text, segments: text === '*' ? null : splitArn(text) };
}

export function matchArn(pattern: ArnPattern, value: string, valueSegments: string[] | null): boolean {
  if (pattern.text === '*') return true;
  const segs = pattern.segments;
  if (!segs || !valueSegments) return glob(pattern.text, value);
  for (let i = 0; i < 6; i++) {
    if (!glob(segs[i] as string, valueSegments[i] as string)) return false;
  }
  return true;
}

/** Actions are `service:Action`, matched without regard to case (reference_policies_elements_action). */
export function matchAction(loweredPattern: string, loweredAction: string): boolean {
  return loweredPattern === '*' || glob(loweredPattern, loweredAction);
}

/**
 * How a Principal entry covers the caller; the strength decides what an Allow achieves:
 * - `direct`: names the user or role session itself (not limited by identity policies or
 *   boundaries in the same account — reference_policies_evaluation-logic_policy-eval-denyallow)
 * - `anyone`: `"*"` (no other permission needed in the same account — principal-anonymous)
 * - `service`: the calling AWS service
 * - `role`: the role ARN covering its sessions (limited by a permissions boundary)
 * - `account`: the account, which delegates to that account's IAM policies (principal-accounts)
 */
export type PrincipalMatch = 'direct' | 'anyone' | 'service' | 'role' | 'account';

const STRENGTH: Record<PrincipalMatch, number> = { account: 1, role: 2, service: 3, anyone: 4, direct: 5 };

export function strongerMatch(a: PrincipalMatch | null, b: PrincipalMatch | null): PrincipalMatch | null {
  if (!a) return b;
  if (!b) return a;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** One AWS principal identifier against the caller. */
function matchAwsEntry(entry: string, caller: Caller): PrincipalMatch | null {
  if (entry === '*') return 'anyone';
  if (caller.kind === 'service') return null;
  // an account id and its root ARN are the same principal (principal-accounts)
  if (ACCOUNT_ID.test(entry)) return entry === caller.account ? 'account' : null;
  const arn = parseArn(entry);
  if (!arn || arn.account !== caller.account) return null;
  if (arn.service === 'iam') {
    if (arn.resource === 'root') return 'account';
    if (arn.resource.startsWith('role/')) {
      // a role ARN covers every session of that role (principal-roles); session ARNs carry
      // no role path, so the role is recognised by its name
      const name = arn.resource.slice(arn.resource.lastIndexOf('/') + 1);
      if (caller.kind === 'assumed-role' && caller.roleName === name) return 'role';
      if (caller.kind === 'role' && caller.arn === entry) return 'role';
      return null;
    }
  }
  // user, assumed-role session or federated-user session: the exact principal
  // (user names are case-sensitive in Principal — principal-users)
  return entry === caller.arn ? 'direct' : null;
}

/** The strongest way a Principal element covers the caller, with the entry that did it. */
export function matchPrincipal(element: PrincipalElement, caller: Caller): { match: PrincipalMatch; entry: string } | null {
  if (element === '*') return { match: 'anyone', entry: '*' };
  let best: { match: PrincipalMatch; entry: string } | null = null;
  for (const entry of element.AWS ?? []) {
    const m = matchAwsEntry(entry, caller);
    if (m && (!best || strongerMatch(best.match, m) !== best.match)) best = { match: m, entry };
  }
  if (caller.kind === 'service') {
    for (const entry of element.Service ?? []) {
      if (entry === caller.service && (!best || STRENGTH[best.match] < STRENGTH.service)) best = { match: 'service', entry };
    }
  }
  return best;
}

/**
 * The identities AWS may evaluate for a caller: its account, its role, itself. With
 * `NotPrincipal`, AWS "might validate the account first, then the role, then the assumed-role
 * user", so the statement excludes the caller only when every one of them is listed
 * (reference_policies_elements_notprincipal).
 */
function identityChain(caller: Caller): string[] {
  if (caller.kind === 'service') return [caller.arn];
  const chain = [caller.account as string];
  if (caller.kind === 'assumed-role') chain.push(`role:${caller.roleName ?? ''}`);
  if (caller.kind !== 'root') chain.push(caller.arn);
  return chain;
}

function listedIn(identity: string, element: PrincipalMap, caller: Caller): boolean {
  if (caller.kind === 'service') return (element.Service ?? []).includes(identity);
  for (const entry of element.AWS ?? []) {
    if (entry === '*') return true;
    if (identity.startsWith('role:')) {
      const arn = parseArn(entry);
      if (arn && arn.service === 'iam' && arn.account === caller.account && arn.resource.startsWith('role/') &&
          arn.resource.slice(arn.resource.lastIndexOf('/') + 1) === identity.slice(5)) return true;
    } else if (ACCOUNT_ID.test(identity)) {
      if (entry === identity || entry === `arn:${caller.partition}:iam::${identity}:root`) return true;
    } else if (entry === identity) {
      return true;
    }
  }
  return false;
}

/** Does a `NotPrincipal` statement apply to the caller? The first identity not listed, or null. */
export function notPrincipalApplies(element: PrincipalElement, caller: Caller): string | null {
  if (element === '*') return null;
  for (const identity of identityChain(caller)) {
    if (!listedIn(identity, element, caller)) return identity.startsWith('role:') ? `role ${identity.slice(5)}` : identity;
  }
  return null;
}
