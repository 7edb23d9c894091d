/**
 * The Condition element: operators, set qualifiers, IfExists and the missing-key rules
 * (reference_policies_elements_condition_operators, reference_policies_condition-single-vs-multi-valued-context-keys).
 *
 * - values listed for one key are OR-ed; keys and operators are AND-ed (reference_policies_elements_condition_logic)
 * - a key absent from the request makes an operator false, a negated one true, `...IfExists`
 *   true; `Null` tests presence itself (Conditions_operators, "Important")
 * - `ForAllValues:` is true on an absent or empty key, `ForAnyValue:` false (condition-single-vs-multi-valued)
 */
import { type ArnPattern, compileArnPattern, glob, matchArn } from './match';
import { splitArn } from './arn';
import type { ConditionBlock } from './types';
import { type ContextMap, hasVariables, substitute } from './variables';

type Family = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'Ip' | 'Arn' | 'Null';
type Test = 'eq' | 'eqi' | 'like' | 'lt' | 'lte' | 'gt' | 'gte' | 'in' | 'null';

const BASE: Record<string, { family: Family; test: Test; negated: boolean }> = {
  StringEquals: { family: 'String', test: 'eq', negated: false },
  StringNotEquals: { family: 'String', test: 'eq', negated: true },
  StringEqualsIgnoreCase: { family: 'String', test: 'eqi', negated: false },
  StringNotEqualsIgnoreCase: { family: 'String', test: 'eqi', negated: true },
  StringLike: { family: 'String', test: 'like', negated: false },
  StringNotLike: { family: 'String', test: 'like', negated: true },
  NumericEquals: { family: 'Numeric', test: 'eq', negated: false },
  NumericNotEquals: { family: 'Numeric', test: 'eq', negated: true },
  NumericLessThan: { family: 'Numeric', test: 'lt', negated: false },
  NumericLessThanEquals: { family: 'Numeric', test: 'lte', negated: false },
  NumericGreaterThan: { family: 'Numeric', test: 'gt', negated: false },
  NumericGreaterThanEquals: { family: 'Numeric', test: 'gte', negated: false },
  DateEquals: { family: 'Date', test: 'eq', negated: false },
  DateNotEquals: { family: 'Date', test: 'eq', negated: true },
  DateLessThan: { family: 'Date', test: 'lt', negated: false },
  DateLessThanEquals: { family: 'Date', test: 'lte', negated: false },
  DateGreaterThan: { family: 'Date', test: 'gt', negated: false },
  DateGreaterThanEquals: { family: 'Date', test: 'gte', negated: false },
  Bool: { family: 'Bool', test: 'eq', negated: false },
  BinaryEquals: { family: 'Binary', test: 'eq', negated: false },
  IpAddress: { family: 'Ip', test: 'in', negated: false },
  NotIpAddress: { family: 'Ip', test: 'in', negated: true },
  // ArnEquals and ArnLike behave identically (Conditions_ARN)
  ArnEquals: { family: 'Arn', test: 'like', negated: false },
  ArnLike: { family: 'Arn', test: 'like', negated: false },
  ArnNotEquals: { family: 'Arn', test: 'like', negated: true },
  ArnNotLike: { family: 'Arn', test: 'like', negated: true },
  Null: { family: 'Null', test: 'null', negated: false },
};

export interface ConditionOperator {
  name: string;
  base: string;
  family: Family;
  test: Test;
  negated: boolean;
  set: 'ForAllValues' | 'ForAnyValue' | null;
  ifExists: boolean;
}

const operatorCache = new Map<string, ConditionOperator | null>();

/** `[ForAllValues:|ForAnyValue:]Base[IfExists]`; IfExists is not allowed on Null (Conditions_IfExists). */
export function parseOperator(name: string): ConditionOperator | null {
  const cached = operatorCache.get(name);
  if (cached !== undefined) return cached;
  let rest = name;
  let set: ConditionOperator['set'] = null;
  if (rest.startsWith('ForAllValues:')) {
    set = 'ForAllValues';
    rest = rest.slice(13);
  } else if (rest.startsWith('ForAnyValue:')) {
    set = 'ForAnyValue';
    rest = rest.slice(12);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -8);
  }
  const spec = Object.hasOwn(BASE, rest) ? BASE[rest] : undefined;
  const op =
    spec && !(ifExists && spec.family === 'Null') && !(set && spec.family === 'Null')
      ? { name, base: rest, ...spec, set, ifExists }
      : null;
  operatorCache.set(name, op);
  return op;
}

export const KNOWN_OPERATORS: readonly string[] = Object.keys(BASE);

// ---------- value types ----------

function toNumber(text: string): number | null {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text)) return null;
  return Number(text);
}

/** W3C ISO 8601 or epoch seconds (Conditions_Date). */
function toMillis(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    return null;
  const ms = Date.parse(text.includes('T') || text.length === 10 ? text : text.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

interface Address {
  v: 4 | 6;
  n: bigint;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function parseIpv6(text: string): bigint | null {
  let t = text.toLowerCase();
  const lastColon = t.lastIndexOf(':');
  if (t.indexOf('.', lastColon) !== -1) {
    // an embedded IPv4 tail (::ffff:192.0.2.1) becomes two hex groups
    const v4 = parseIpv4(t.slice(lastColon + 1));
    if (v4 === null) return null;
    t = `${t.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = t.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): bigint[] | null => {
    if (s === '') return [];
    const out: bigint[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
      out.push(BigInt(parseInt(g, 16)));
    }
    return out;
  };
  const head = parse(halves[0] as string);
  const tail = halves.length === 2 ? parse(halves[1] as string) : [];
  if (!head || !tail) return null;
  const known = head.length + tail.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const groups = [...head, ...Array<bigint>(8 - known).fill(0n), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function parseAddress(text: string): Address | null {
  if (text.includes(':')) {
    const n = parseIpv6(text);
    return n === null ? null : { v: 6, n };
  }
  const n = parseIpv4(text);
  return n === null ? null : { v: 4, n };
}

/** CIDR, or a bare address meaning /32 (/128) (Conditions_IPAddress). */
function parseCidr(text: string): { v: 4 | 6; n: bigint; prefix: number } | null {
  const slash = text.indexOf('/');
  const addr = parseAddress(slash === -1 ? text : text.slice(0, slash));
  if (!addr) return null;
  const bits = addr.v === 4 ? 32 : 128;
  const prefix = slash === -1 ? bits : Number(text.slice(slash + 1));
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > bits ||
    (slash !== -1 && !/^\d+$/.test(text.slice(slash + 1)))
  )
    return null;
  return { ...addr, prefix };
}

function inCidr(cidrText: string, ipText: string): boolean {
  const cidr = parseCidr(cidrText);
  const ip = parseAddress(ipText);
  if (!cidr || !ip || cidr.v !== ip.v) return false;
  const bits = BigInt(cidr.v === 4 ? 32 : 128);
  const hostBits = bits - BigInt(cidr.prefix);
  return ip.n >> hostBits === cidr.n >> hostBits;
}

/** A problem with a policy value for this operator, or null (used by the parser). */
export function checkPolicyValue(op: ConditionOperator, value: string): string | null {
  const variablesAllowed = op.family === 'String' || op.family === 'Arn' || op.family === 'Bool';
  if (variablesAllowed && hasVariables(value)) return null;
  switch (op.family) {
    case 'Numeric':
      return toNumber(value) === null ? `"${value}" is not a number` : null;
    case 'Date':
      return toMillis(value) === null
        ? `"${value}" is not an ISO 8601 date or epoch seconds`
        : null;
    case 'Bool':
    case 'Null':
      return /^(true|false)$/i.test(value) ? null : `"${value}" must be "true" or "false"`;
    case 'Ip':
      return parseCidr(value) ? null : `"${value}" is not an IP address or CIDR range`;
    default:
      return null;
  }
}

function compare(op: ConditionOperator, policy: string, request: string): boolean {
  switch (op.family) {
    case 'String':
      if (op.test === 'eq') return policy === request;
      if (op.test === 'eqi') return policy.toLowerCase() === request.toLowerCase();
      return glob(policy, request);
    case 'Arn':
      return matchArn(compileArnPattern(policy), request, splitArn(request));
    case 'Bool':
      return policy.toLowerCase() === request.toLowerCase();
    case 'Binary':
      return policy === request;
    case 'Ip':
      return inCidr(policy, request);
    case 'Numeric':
    case 'Date': {
      const conv = op.family === 'Numeric' ? toNumber : toMillis;
      const p = conv(policy);
      const r = conv(request);
      if (p === null || r === null) return false;
      switch (op.test) {
        case 'eq':
          return r === p;
        case 'lt':
          return r < p;
        case 'lte':
          return r <= p;
        case 'gt':
          return r > p;
        default:
          return r >= p;
      }
    }
    default:
      return false;
  }
}

export type ConditionOutcome = { ok: true; summary: string } | { ok: false; reason: string };

function list(values: readonly string[]): string {
  return values.length === 1
    ? `"${values[0] as string}"`
    : `[${values.map((v) => `"${v}"`).join(', ')}]`;
}

/** One operator + key of a Condition block, prepared once per (frozen) block. */
export interface CompiledCondition {
  op: ConditionOperator;
  key: string;
  keyLower: string;
  values: readonly string[];
  /** policy variables only resolve in String, ARN and Bool values (reference_policies_variables) */
  variables: boolean;
  /** "StringEquals aws:PrincipalOrgID" */
  label: string;
  /** "StringEquals aws:PrincipalOrgID \"o-abc\"" */
  text: string;
  /** ARN patterns compiled once, when no variable needs resolving */
  arnPatterns: ArnPattern[] | null;
}

/** Prepare a Condition block for evaluation; a string is the reason it can never hold. */
export function compileConditions(block: ConditionBlock): CompiledCondition[] | string {
  const out: CompiledCondition[] = [];
  for (const opName in block) {
    const op = parseOperator(opName);
    if (!op) return `unknown condition operator ${opName}`;
    const keys = block[opName] as Record<string, string[]>;
    for (const key in keys) {
      const values = keys[key] as string[];
      const variables =
        (op.family === 'String' || op.family === 'Arn' || op.family === 'Bool') &&
        values.some(hasVariables);
      out.push({
        op,
        key,
        keyLower: key.toLowerCase(),
        values,
        variables,
        label: `${opName} ${key}`,
        text: `${opName} ${key} ${list(values)}`,
        arnPatterns: op.family === 'Arn' && !variables ? values.map(compileArnPattern) : null,
      });
    }
  }
  return out;
}

/** Does any policy value match this one request value? */
function anyMatches(
  c: CompiledCondition,
  values: readonly string[],
  patterns: ArnPattern[] | null,
  request: string,
): boolean {
  if (patterns) {
    const segments = splitArn(request);
    for (const p of patterns) if (matchArn(p, request, segments)) return true;
    return false;
  }
  for (const v of values) if (compare(c.op, v, request)) return true;
  return false;
}

function evaluateOne(
  c: CompiledCondition,
  context: ContextMap,
  variables: boolean,
): ConditionOutcome {
  const op = c.op;
  const requestValues = context.get(c.keyLower);
  const absent = !requestValues || requestValues.length === 0;
  if (op.family === 'Null') {
    // Null: "true" = the key is absent, "false" = present (Conditions_Null)
    let holds = false;
    for (const v of c.values) if ((v.toLowerCase() === 'true') === absent) holds = true;
    return holds
      ? { ok: true, summary: `${c.label} (${absent ? 'absent' : 'present'})` }
      : {
          ok: false,
          reason: `condition ${c.text} fails: the key is ${absent ? 'absent from' : 'present in'} the request context`,
        };
  }
  if (absent) {
    // missing keys (Conditions_operators "Important", Conditions_IfExists, multi-valued keys)
    if (op.ifExists) return { ok: true, summary: `${c.label} (key absent, IfExists)` };
    if (op.set === 'ForAllValues')
      return { ok: true, summary: `${c.label} (key absent: ForAllValues holds on an empty set)` };
    if (op.set === 'ForAnyValue')
      return {
        ok: false,
        reason: `condition ${c.label} fails: the key is absent, and ForAnyValue is false on an empty set`,
      };
    return op.negated
      ? { ok: true, summary: `${c.label} (key absent: a negated operator holds)` }
      : {
          ok: false,
          reason: `condition ${c.label} fails: the key is absent from the request context`,
        };
  }
  let values = c.values;
  let patterns = c.arnPatterns;
  if (c.variables && variables) {
    values = c.values.map((v) => substitute(v, context)).filter((v): v is string => v !== null);
    patterns = null;
  } else if (c.variables && op.family === 'Arn') {
    patterns = c.values.map(compileArnPattern);
  }
  let holds: boolean;
  if (op.set === 'ForAllValues') {
    // every request value must (not, if negated) match some policy value
    holds = true;
    for (const r of requestValues)
      if (anyMatches(c, values, patterns, r) === op.negated) holds = false;
  } else if (op.set === 'ForAnyValue') {
    holds = false;
    for (const r of requestValues)
      if (anyMatches(c, values, patterns, r) !== op.negated) holds = true;
  } else {
    // no qualifier: any request value against any policy value; a negated operator negates the whole match
    let any = false;
    for (const r of requestValues) if (anyMatches(c, values, patterns, r)) any = true;
    holds = op.negated ? !any : any;
  }
  if (holds)
    return { ok: true, summary: values === c.values ? c.text : `${c.label} ${list(values)}` };
  return {
    ok: false,
    reason: `condition ${c.label} ${list(values)} fails for request value ${list(requestValues)}`,
  };
}

/** All operators, all keys must hold. */
export function evaluateConditions(
  block: ConditionBlock,
  context: ContextMap,
  variables: boolean,
): ConditionOutcome {
  return evaluateCompiledConditions(compileConditions(block), context, variables);
}

export function evaluateCompiledConditions(
  compiled: CompiledCondition[] | string,
  context: ContextMap,
  variables: boolean,
): ConditionOutcome {
  if (typeof compiled === 'string') return { ok: false, reason: compiled };
  let summary = '';
  for (const c of compiled) {
    const out = evaluateOne(c, context, variables);
    if (!out.ok) return out;
    summary = summary ? `${summary}; ${out.summary}` : out.summary;
  }
  return { ok: true, summary };
}
