/**
 * Canonical JSON for a policy: elements in grammar order (reference_policies_grammar), one-item
 * lists written as a plain string the way AWS examples write them, two-space indentation.
 * parse → print → parse returns the same document.
 */
import { normalizePolicy } from './parse';
import type { ConditionBlock, PolicyInput, PrincipalElement, Statement } from './types';

type Json = string | Json[] | { [key: string]: Json };

function compact(values: readonly string[]): Json {
  return values.length === 1 ? (values[0] as string) : [...values];
}

function principal(element: PrincipalElement): Json {
  if (element === '*') return '*';
  const out: Record<string, Json> = {};
  for (const type of ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const) {
    const values = element[type];
    if (values) out[type] = compact(values);
  }
  return out;
}

function condition(block: ConditionBlock): Json {
  const out: Record<string, Json> = {};
  for (const op of Object.keys(block)) {
    const keys = block[op] as Record<string, string[]>;
    const inner: Record<string, Json> = {};
    for (const key of Object.keys(keys)) inner[key] = compact(keys[key] as string[]);
    out[op] = inner;
  }
  return out;
}

function statement(s: Statement): Json {
  const out: Record<string, Json> = {};
  if (s.Sid !== undefined) out.Sid = s.Sid;
  out.Effect = s.Effect;
  if (s.Principal) out.Principal = principal(s.Principal);
  if (s.NotPrincipal) out.NotPrincipal = principal(s.NotPrincipal);
  if (s.Action) out.Action = compact(s.Action);
  if (s.NotAction) out.NotAction = compact(s.NotAction);
  if (s.Resource) out.Resource = compact(s.Resource);
  if (s.NotResource) out.NotResource = compact(s.NotResource);
  if (s.Condition) out.Condition = condition(s.Condition);
  return out;
}

export function printPolicy(policy: PolicyInput): string {
  const doc = normalizePolicy(policy);
  const out: Record<string, Json> = {};
  if (doc.Version !== undefined) out.Version = doc.Version;
  if (doc.Id !== undefined) out.Id = doc.Id;
  out.Statement = doc.Statement.map(statement);
  return JSON.stringify(out, null, 2);
}
