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

const WILDCARD = /[*?\uE000\uE001]/;

/** A compiled pattern; `kind` names the cheapest test that decides it, `glob` being the general one. */
interface CompiledPattern {
  text: string;
  kind: 'any' | 'exact' | 'prefix' | 'segments' | 'glob';
  prefix: string;
}

/** A compiled action pattern, lower-cased: actions match without regard to case (reference_policies_elements_action). */
export interface ActionPattern extends CompiledPattern {
  kind: 'any' | 'exact' | 'prefix' | 'glob';
}

export function compileActionPattern(pattern: string): ActionPattern {
  return compileWildcard(pattern.toLowerCase());
}

function compileWildcard(text: string): ActionPattern {
  if (text === '*') return { text, kind: 'any', prefix: '' };
  const first = text.search(WILDCARD);
  if (first === -1) return { text, kind: 'exact', prefix: text };
  // a single trailing "*": everything before it is literal, so a prefix test is exact
  if (first === text.length - 1 && text.endsWith('*'))
    return { text, kind: 'prefix', prefix: text.slice(0, -1) };
  return { text, kind: 'glob', prefix: '' };
}

/** Matches a compiled pattern as one string (an ARN pattern's segments aside). */
export function matchPattern(pattern: CompiledPattern, value: string): boolean {
  switch (pattern.kind) {
    case 'any':
      return true;
    case 'exact':
      return value === pattern.text;
    case 'prefix':
      return value.startsWith(pattern.prefix);
    default:
      return glob(pattern.text, value);
  }
}

/**
 * A compiled ARN pattern: each of the six colon-separated segments is matched on its own, so a
 * wildcard never spans a colon (reference_policies_elements_resource, Conditions_ARN). A pattern
 * that is not a six-part ARN (`*`, `arn:aws:*`) is matched as one string — not specified by
 * the docs; chosen so `*` keeps meaning "everything". Plain and trailing-`*` patterns (most of
 * them) take a fast path with the same result.
 */
export interface ArnPattern extends CompiledPattern {
  segments: string[] | null;
}

export function compileArnPattern(text: string): ArnPattern {
  const pattern = compileWildcard(text);
  if (pattern.kind !== 'glob') return { ...pattern, segments: null };
  const segments = splitArn(text);
  return { text, kind: segments ? 'segments' : 'glob', prefix: '', segments };
}

export function matchArn(
  pattern: ArnPattern,
  value: string,
  valueSegments: string[] | null,
): boolean {
  if (pattern.kind === 'segments' && valueSegments) {
    const segs = pattern.segments as string[];
    for (let i = 0; i < 6; i++) {
      if (!glob(segs[i] as string, valueSegments[i] as string)) return false;
    }
    return true;
  }
  return matchPattern(pattern, value);
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

const STRENGTH: Record<PrincipalMatch, number> = {
  account: 1,
  role: 2,
  service: 3,
  anyone: 4,
  direct: 5,
};

export function strongerMatch(
  a: PrincipalMatch | null,
  b: PrincipalMatch | null,
): PrincipalMatch | null {
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
export function matchPrincipal(
  element: PrincipalElement,
  caller: Caller,
): { match: PrincipalMatch; entry: string } | null {
  if (element === '*') return { match: 'anyone', entry: '*' };
  let best: { match: PrincipalMatch; entry: string } | null = null;
  for (const entry of element.AWS ?? []) {
    const m = matchAwsEntry(entry, caller);
    if (m && (!best || strongerMatch(best.match, m) !== best.match)) best = { match: m, entry };
  }
  if (caller.kind === 'service') {
    for (const entry of element.Service ?? []) {
      if (entry === caller.service && (!best || STRENGTH[best.match] < STRENGTH.service))
        best = { match: 'service', entry };
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
      if (
        arn &&
        arn.service === 'iam' &&
        arn.account === caller.account &&
        arn.resource.startsWith('role/') &&
        arn.resource.slice(arn.resource.lastIndexOf('/') + 1) === identity.slice(5)
      )
        return true;
    } else if (ACCOUNT_ID.test(identity)) {
      if (entry === identity || entry === `arn:${caller.partition}:iam::${identity}:root`)
        return true;
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
    if (!listedIn(identity, element, caller))
      return identity.startsWith('role:') ? `role ${identity.slice(5)}` : identity;
  }
  return null;
}
