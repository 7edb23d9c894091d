/**
 * One policy against one request: every statement's Action, Resource, Principal and Condition
 * checked in turn (reference_policies_elements), one trace step per statement.
 */
import type { Caller } from './arn';
import {
  type CompiledCondition,
  compileConditions,
  evaluateCompiledConditions,
} from './conditions';
import {
  type ActionPattern,
  type ArnPattern,
  type PrincipalMatch,
  compileActionPattern,
  compileArnPattern,
  matchPattern,
  matchArn,
  matchPrincipal,
  notPrincipalApplies,
} from './match';
import type { PolicyDocument, Statement, TracePolicy, TraceStep } from './types';
import { type ContextMap, hasVariables, substitute } from './variables';

/** The request, prepared once for every policy. */
export interface Prepared {
  action: string;
  actionLower: string;
  resource: string;
  resourceSegments: string[] | null;
  context: ContextMap;
  caller: Caller;
  hasBoundary: boolean;
}

interface Compiled {
  actions: ActionPattern[] | null;
  notActions: ActionPattern[] | null;
  resources: ArnPattern[] | null;
  notResources: ArnPattern[] | null;
  resourceVariables: boolean;
  /** the statement's name in the trace: its Sid, or its index */
  name: string;
  /** "Statement 'Sid' (index i)" */
  label: string;
  /** Action / Resource lists as the trace writes them */
  actionText: string;
  resourceText: string;
  conditions: CompiledCondition[] | string | null;
}

/** Documents are frozen by the parser, so what is compiled from one stays valid (one entry per document). */
const compiledCache = new WeakMap<PolicyDocument, Compiled[]>();

function quoteList(values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : `[${values.join(', ')}]`;
}

function compileStatement(s: Statement, index: number): Compiled {
  const patterns = s.Resource ?? s.NotResource;
  return {
    actions: s.Action ? s.Action.map(compileActionPattern) : null,
    notActions: s.NotAction ? s.NotAction.map(compileActionPattern) : null,
    resources: s.Resource ? s.Resource.map(compileArnPattern) : null,
    notResources: s.NotResource ? s.NotResource.map(compileArnPattern) : null,
    resourceVariables: patterns ? patterns.some(hasVariables) : false,
    name: s.Sid ? s.Sid : String(index),
    label: s.Sid ? `Statement '${s.Sid}' (index ${index})` : `Statement ${index}`,
    actionText: quoteList(s.Action ?? s.NotAction ?? []),
    resourceText: quoteList(patterns ?? []),
    conditions: s.Condition ? compileConditions(s.Condition) : null,
  };
}

function compile(doc: PolicyDocument): Compiled[] {
  let compiled = compiledCache.get(doc);
  if (!compiled) {
    compiled = doc.Statement.map(compileStatement);
    compiledCache.set(doc, compiled);
  }
  return compiled;
}

function findAction(patterns: readonly ActionPattern[], loweredAction: string): number {
  for (let i = 0; i < patterns.length; i++)
    if (matchPattern(patterns[i] as ActionPattern, loweredAction)) return i;
  return -1;
}

/** The index of the first pattern covering the resource, substituting policy variables when the version allows them. */
function findResource(patterns: readonly ArnPattern[], variables: boolean, prep: Prepared): number {
  for (let i = 0; i < patterns.length; i++) {
    let pattern = patterns[i] as ArnPattern;
    if (variables && hasVariables(pattern.text)) {
      // policy variables are recognised only in Version 2012-10-17 (reference_policies_variables)
      const text = substitute(pattern.text, prep.context);
      if (text === null) continue;
      pattern = compileArnPattern(text);
    }
    if (matchArn(pattern, prep.resource, prep.resourceSegments)) return i;
  }
  return -1;
}

export interface Hit {
  source: TracePolicy;
  label: string;
  statement: string;
  statementLabel: string;
  match: PrincipalMatch | null;
  entry: string | null;
}

export interface ScanResult {
  allows: Hit[];
  denies: Hit[];
}

/** Why one statement does not apply to the request, or null when it does (then `why` holds the reasons). */
function mismatch(
  s: Statement,
  c: Compiled,
  principals: boolean,
  variables: boolean,
  prep: Prepared,
  out: { why: string; match: PrincipalMatch | null; entry: string | null },
): string | null {
  // Action / NotAction (reference_policies_elements_action, reference_policies_elements_notaction)
  if (c.actions) {
    const k = findAction(c.actions, prep.actionLower);
    if (k === -1) return `action ${prep.action} ∉ ${c.actionText}`;
    out.why = `action ${prep.action} ∈ ${(s.Action as string[])[k] as string}`;
  } else {
    const k = findAction(c.notActions as ActionPattern[], prep.actionLower);
    if (k !== -1)
      return `action ${prep.action} is excluded by NotAction ${(s.NotAction as string[])[k] as string}`;
    out.why = `action ${prep.action} ∉ NotAction ${c.actionText}`;
  }

  // Resource / NotResource; none = the resource the policy is attached to (reference_policies_elements_resource)
  if (c.resources) {
    const k = findResource(c.resources, variables && c.resourceVariables, prep);
    if (k === -1) return `resource ${prep.resource} ∉ ${c.resourceText}`;
    out.why += `, resource ${prep.resource} ∈ ${(s.Resource as string[])[k] as string}`;
  } else if (c.notResources) {
    const k = findResource(c.notResources, variables && c.resourceVariables, prep);
    if (k !== -1)
      return `resource ${prep.resource} is excluded by NotResource ${(s.NotResource as string[])[k] as string}`;
    out.why += `, resource ${prep.resource} ∉ NotResource ${c.resourceText}`;
  }

  // Principal / NotPrincipal, in resource-based policies (reference_policies_elements_principal)
  if (principals) {
    if (s.Principal) {
      const m = matchPrincipal(s.Principal, prep.caller);
      if (!m) return `the Principal does not cover the caller ${prep.caller.arn}`;
      out.match = m.match;
      out.entry = m.entry;
      out.why += `, principal ${m.entry} covers the caller`;
    } else if (s.NotPrincipal) {
      if (s.Effect === 'Deny' && prep.hasBoundary) {
        // NotPrincipal with Deny always denies a principal that has a permissions boundary (access_policies_boundaries)
        out.why +=
          ', NotPrincipal with Deny always applies to a principal with a permissions boundary';
      } else {
        const excluded = notPrincipalApplies(s.NotPrincipal, prep.caller);
        if (excluded === null)
          return `NotPrincipal lists the caller${prep.caller.kind === 'assumed-role' ? ', its role' : ''} and its account`;
        out.why += `, NotPrincipal does not list ${excluded}`;
      }
      out.match = 'anyone';
      out.entry = 'NotPrincipal';
    } else {
      return 'it names no Principal';
    }
  }

  // Condition: every operator and key must hold (reference_policies_elements_condition)
  if (c.conditions) {
    const outcome = evaluateCompiledConditions(c.conditions, prep.context, variables);
    if (!outcome.ok) return outcome.reason;
    out.why += `, conditions hold: ${outcome.summary}`;
  }
  return null;
}

/** Every statement of one policy against the request; one trace step per statement. */
export function scan(
  doc: PolicyDocument,
  source: TracePolicy,
  label: string,
  principals: boolean,
  prep: Prepared,
  steps: TraceStep[],
): ScanResult {
  const result: ScanResult = { allows: [], denies: [] };
  const variables = doc.Version === '2012-10-17';
  const statements = doc.Statement;
  const compiled = compile(doc);
  const out = { why: '', match: null as PrincipalMatch | null, entry: null as string | null };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as Statement;
    const c = compiled[i] as Compiled;
    out.match = null;
    out.entry = null;
    const miss = mismatch(s, c, principals, variables, prep, out);
    if (miss !== null) {
      steps.push({
        policy: source,
        statement: c.name,
        outcome: 'no-match',
        reason: `${c.label} in the ${label} does not apply: ${miss}`,
      });
      continue;
    }
    const hit: Hit = {
      source,
      label,
      statement: c.name,
      statementLabel: c.label,
      match: out.match,
      entry: out.entry,
    };
    if (s.Effect === 'Deny') result.denies.push(hit);
    else result.allows.push(hit);
    steps.push({
      policy: source,
      statement: c.name,
      outcome: s.Effect === 'Deny' ? 'deny' : 'allow',
      reason: `${c.label} in the ${label} matches (${s.Effect}): ${out.why}`,
    });
  }
  return result;
}
