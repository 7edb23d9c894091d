/**
 * Parsing and validating IAM JSON policies (reference_policies_grammar,
 * reference_policies_elements). Every problem is a PolicyError carrying the JSON path.
 */
import { PolicyError } from '../errors';
import { parseJsonOrThrow } from '../parseOrThrow';
import { ACCOUNT_ID, parseArn, splitArn } from './arn';
import { KNOWN_OPERATORS, checkPolicyValue, parseOperator } from './conditions';
import type {
  ConditionBlock,
  PolicyDocument,
  PolicyKind,
  PolicyVersion,
  PrincipalElement,
  PrincipalMap,
  Statement,
} from './types';

export interface ParseOptions {
  /** identity: no Principal, Resource required; resource: Principal required; trust: Principal required, no Resource. */
  kind?: PolicyKind;
}

const DOCUMENT_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;
const VERSIONS: readonly string[] = ['2012-10-17', '2008-10-17'];

/** Documents this module produced (deep-frozen, so they can be trusted as they are), with the kinds they passed. */
const normalized = new WeakMap<object, Set<PolicyKind | 'any'>>();

function fail(path: string, message: string): never {
  throw new PolicyError(path, message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value}"` : `a ${typeof value}`;
}

/** A string or a non-empty array of strings (string-or-array fields — reference_policies_grammar). */
function strings(value: unknown, path: string, check?: (s: string, at: string) => void): string[] {
  if (typeof value === 'string') {
    check?.(value, path);
    return Object.freeze([value]) as string[];
  }
  if (!Array.isArray(value))
    return fail(path, `must be a string or an array of strings, not ${describe(value)}`);
  if (value.length === 0) return fail(path, 'must not be an empty array');
  return Object.freeze(
    value.map((item, i) => {
      const at = `${path}[${i}]`;
      if (typeof item !== 'string') return fail(at, `must be a string, not ${describe(item)}`);
      check?.(item, at);
      return item;
    }),
  ) as string[];
}

const ACTION = /^(\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+)$/;

function checkAction(action: string, at: string): void {
  // service-prefix:action, wildcards allowed (reference_policies_elements_action)
  if (!ACTION.test(action))
    fail(
      at,
      `"${action}" is not an action: expected "service:Action" (wildcards * and ? allowed) or "*"`,
    );
}

function checkResource(resource: string, at: string): void {
  // "*" or arn:partition:service:region:account:resource, wildcards allowed in any segment
  // (reference_policies_elements_resource)
  if (resource === '*') return;
  const parts = splitArn(resource);
  if (!parts || parts[0] !== 'arn' || !parts[1] || !parts[2] || !parts[5]) {
    fail(at, `"${resource}" is not an ARN (arn:partition:service:region:account:resource) or "*"`);
  }
}

const UNIQUE_ID = /^A[A-Z0-9]{15,127}$/;

function checkAwsPrincipal(value: string, at: string): void {
  if (value === '*' || ACCOUNT_ID.test(value) || UNIQUE_ID.test(value)) return;
  if (/[*?]/.test(value)) {
    // "You cannot use a wildcard to match part of a principal name or ARN" (principal-anonymous)
    fail(
      at,
      `"${value}": a wildcard cannot match part of a principal; use "*" alone, or aws:PrincipalArn with ArnLike in a Condition`,
    );
  }
  const arn = parseArn(value);
  const ok =
    arn !== null &&
    ACCOUNT_ID.test(arn.account) &&
    ((arn.service === 'iam' &&
      (arn.resource === 'root' || /^(user|role)\/.+/.test(arn.resource))) ||
      (arn.service === 'sts' &&
        /^(assumed-role\/[^/]+\/[^/]+|federated-user\/[^/]+)$/.test(arn.resource)));
  if (!ok) {
    fail(
      at,
      `"${value}" is not an AWS principal: use an account id, arn:aws:iam::ACCOUNT:root, a user or role ARN, an sts assumed-role or federated-user session ARN, or "*"`,
    );
  }
}

function principal(value: unknown, path: string): PrincipalElement {
  if (value === '*') return '*';
  if (!isObject(value)) {
    return fail(
      path,
      `must be "*" or an object such as {"AWS": "123456789012"}, not ${describe(value)}`,
    );
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return fail(path, 'names no principal');
  for (const key of keys) {
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(key)) {
      fail(
        join(path, key),
        `unknown principal type "${key}" (expected AWS, Service, Federated or CanonicalUser)`,
      );
    }
  }
  const out: PrincipalMap = {};
  for (const type of PRINCIPAL_TYPES) {
    if (!(type in value)) continue;
    const at = join(path, type);
    const check =
      type === 'AWS'
        ? checkAwsPrincipal
        : type === 'Service'
          ? (s: string, p: string) => {
              if (!/^[a-z0-9][a-z0-9.-]*$/.test(s))
                fail(p, `"${s}" is not a service principal such as "ecs-tasks.amazonaws.com"`);
            }
          : (s: string, p: string) => {
              if (!s) fail(p, 'must not be empty');
            };
    out[type] = strings(value[type], at, check);
  }
  return Object.freeze(out);
}

function conditionValue(value: unknown, at: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(at, `must be a string, number or boolean, not ${describe(value)}`);
}

function condition(value: unknown, path: string): ConditionBlock {
  if (!isObject(value))
    return fail(path, `must be an object {"Operator": {"key": value}}, not ${describe(value)}`);
  const out: ConditionBlock = {};
  for (const opName of Object.keys(value)) {
    const opPath = join(path, opName);
    const op = parseOperator(opName);
    if (!op) {
      fail(
        opPath,
        `unknown condition operator "${opName}" (one of ${KNOWN_OPERATORS.join(', ')}; optional ForAllValues:/ForAnyValue: prefix and IfExists suffix, not on Null)`,
      );
    }
    const block = value[opName];
    if (!isObject(block) || Object.keys(block).length === 0) {
      fail(opPath, `must be a non-empty object {"condition-key": value}, not ${describe(block)}`);
    }
    const keys: Record<string, string[]> = {};
    for (const key of Object.keys(block)) {
      const keyPath = join(opPath, key);
      if (!key) fail(keyPath, 'a condition key name must not be empty');
      const raw = block[key];
      let values: string[];
      if (Array.isArray(raw)) {
        if (raw.length === 0) fail(keyPath, 'must not be an empty array');
        values = raw.map((v, i) => conditionValue(v, `${keyPath}[${i}]`));
      } else {
        values = [conditionValue(raw, keyPath)];
      }
      values.forEach((v, i) => {
        const problem = checkPolicyValue(op, v);
        if (problem)
          fail(Array.isArray(raw) ? `${keyPath}[${i}]` : keyPath, `${problem} (${opName})`);
      });
      keys[key] = Object.freeze(values) as string[];
    }
    out[opName] = Object.freeze(keys);
  }
  return Object.freeze(out);
}

function statement(value: unknown, path: string, kind: PolicyKind | undefined): Statement {
  if (!isObject(value)) return fail(path, `a statement must be an object, not ${describe(value)}`);
  for (const key of Object.keys(value)) {
    if (!STATEMENT_KEYS.includes(key))
      fail(
        join(path, key),
        `unknown statement element "${key}" (allowed: ${STATEMENT_KEYS.join(', ')})`,
      );
  }
  const effect = value.Effect;
  if (effect === undefined) fail(join(path, 'Effect'), 'is required: "Allow" or "Deny"');
  if (effect !== 'Allow' && effect !== 'Deny')
    fail(join(path, 'Effect'), `must be "Allow" or "Deny", not ${describe(effect)}`);
  const has = (key: string): boolean => value[key] !== undefined;
  // exactly one of Action / NotAction (reference_policies_elements_action)
  if (has('Action') === has('NotAction'))
    fail(
      join(path, 'Action'),
      has('Action') ? 'Action and NotAction cannot both appear' : 'Action or NotAction is required',
    );
  // at most one of Resource / NotResource, one of Principal / NotPrincipal
  if (has('Resource') && has('NotResource'))
    fail(join(path, 'NotResource'), 'Resource and NotResource cannot both appear');
  if (has('Principal') && has('NotPrincipal'))
    fail(join(path, 'NotPrincipal'), 'Principal and NotPrincipal cannot both appear');
  if (kind === 'identity') {
    // the principal of an identity-based policy is the identity it is attached to (reference_policies_elements_principal)
    for (const key of ['Principal', 'NotPrincipal']) {
      if (has(key))
        fail(
          join(path, key),
          `an identity-based policy cannot contain ${key}: the principal is the user or role the policy is attached to`,
        );
    }
    if (!has('Resource') && !has('NotResource'))
      fail(
        join(path, 'Resource'),
        'an identity-based policy statement needs Resource or NotResource',
      );
  }
  if ((kind === 'resource' || kind === 'trust') && !has('Principal') && !has('NotPrincipal')) {
    fail(
      join(path, 'Principal'),
      `a ${kind === 'trust' ? 'role trust' : 'resource-based'} policy statement must name a Principal or NotPrincipal`,
    );
  }
  if (kind === 'trust') {
    // a trust policy's resource is the role itself (id_roles_terms-and-concepts)
    for (const key of ['Resource', 'NotResource']) {
      if (has(key))
        fail(
          join(path, key),
          `a role trust policy cannot contain ${key}: the resource is the role itself`,
        );
    }
  }
  if (has('Sid') && typeof value.Sid !== 'string')
    fail(join(path, 'Sid'), `must be a string, not ${describe(value.Sid)}`);
  const ordered: Statement =
    typeof value.Sid === 'string' ? { Sid: value.Sid, Effect: effect } : { Effect: effect };
  if (has('Principal')) ordered.Principal = principal(value.Principal, join(path, 'Principal'));
  if (has('NotPrincipal'))
    ordered.NotPrincipal = principal(value.NotPrincipal, join(path, 'NotPrincipal'));
  if (has('Action')) ordered.Action = strings(value.Action, join(path, 'Action'), checkAction);
  if (has('NotAction'))
    ordered.NotAction = strings(value.NotAction, join(path, 'NotAction'), checkAction);
  if (has('Resource'))
    ordered.Resource = strings(value.Resource, join(path, 'Resource'), checkResource);
  if (has('NotResource'))
    ordered.NotResource = strings(value.NotResource, join(path, 'NotResource'), checkResource);
  if (has('Condition')) ordered.Condition = condition(value.Condition, join(path, 'Condition'));
  return Object.freeze(ordered);
}

function statementPath(path: string, index: number, isArray: boolean): string {
  const base = join(path, 'Statement');
  return isArray ? `${base}[${index}]` : base;
}

/**
 * Normalise a raw policy object (as AWS writes it) or a parsed document. `path` prefixes
 * error paths (e.g. "principal.identityPolicies[0]").
 */
export function normalizePolicy(
  raw: unknown,
  options: ParseOptions & { path?: string } = {},
): PolicyDocument {
  const path = options.path ?? '';
  const known = typeof raw === 'object' && raw !== null ? normalized.get(raw) : undefined;
  if (known) {
    // already normalised: only the rules of the kind remain to be checked, once per kind
    const doc = raw as PolicyDocument;
    if (options.kind && !known.has(options.kind)) {
      doc.Statement.forEach((s, i) => statement(s, statementPath(path, i, true), options.kind));
      known.add(options.kind);
    }
    return doc;
  }
  if (!isObject(raw)) return fail(path, `a policy must be a JSON object, not ${describe(raw)}`);
  for (const key of Object.keys(raw)) {
    if (!DOCUMENT_KEYS.includes(key))
      fail(join(path, key), `unknown policy element "${key}" (allowed: Version, Id, Statement)`);
  }
  let version: PolicyVersion | undefined;
  if (raw.Version !== undefined) {
    // only two versions exist; 2012-10-17 is the current one (reference_policies_elements_version)
    if (typeof raw.Version !== 'string' || !VERSIONS.includes(raw.Version)) {
      fail(
        join(path, 'Version'),
        `must be "2012-10-17" or "2008-10-17", not ${describe(raw.Version)}`,
      );
    }
    version = raw.Version as PolicyVersion;
  }
  if (raw.Id !== undefined && typeof raw.Id !== 'string')
    fail(join(path, 'Id'), `must be a string, not ${describe(raw.Id)}`);
  const rawStatements = raw.Statement;
  if (rawStatements === undefined) fail(join(path, 'Statement'), 'is required');
  // Statement is one object or an array of them (reference_policies_elements_statement)
  const isArray = Array.isArray(rawStatements);
  const list: unknown[] = isArray ? rawStatements : [rawStatements];
  const sids = new Set<string>();
  const statements = list.map((item, i) => {
    const s = statement(item, statementPath(path, i, isArray), options.kind);
    if (s.Sid) {
      // a Sid is unique within a policy (reference_policies_elements_sid)
      if (sids.has(s.Sid))
        fail(join(statementPath(path, i, isArray), 'Sid'), `duplicate Sid "${s.Sid}"`);
      sids.add(s.Sid);
    }
    return s;
  });
  const doc: PolicyDocument = {
    ...(version !== undefined ? { Version: version } : {}),
    ...(typeof raw.Id === 'string' ? { Id: raw.Id } : {}),
    Statement: statements,
  };
  // every part was frozen as it was built, so the document can be trusted and cached as it is
  Object.freeze(statements);
  Object.freeze(doc);
  normalized.set(doc, new Set([options.kind ?? 'any']));
  return doc;
}

/** Parse policy JSON text. Throws PolicyError (and nothing else) with the JSON path of the problem. */
export function parsePolicy(text: string, options: ParseOptions = {}): PolicyDocument {
  const raw = parseJsonOrThrow(text, '', (reason) => `not valid JSON: ${reason}`);
  try {
    return normalizePolicy(raw, options);
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(
      '',
      `unreadable policy: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
