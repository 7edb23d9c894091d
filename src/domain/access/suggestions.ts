import { printPolicy } from './print';
import type { RunResult } from './run';
import type { AccessScenario, PolicyId } from './scenario';
import type { Decision, Statement } from './types';
import { whatWouldAllow, type Blocker, type Suggestion } from './what-would-allow';

export interface AccessSuggestion extends Suggestion {
  /** Where "Add this statement" puts it, when the scenario has that policy. */
  policyId: PolicyId | null;
  /** The statement as a policy author writes it (one-item lists as strings). */
  json: Record<string, unknown>;
}

export interface StepSuggestions {
  label: string;
  decision: Decision;
  suggestions: AccessSuggestion[];
  blockers: (Blocker & { policyId?: PolicyId })[];
  decisionAfter: Decision;
}

/** A statement as AWS examples write it: grammar order, one-item lists as plain strings. */
export function statementJson(statement: Statement): Record<string, unknown> {
  const printed = JSON.parse(printPolicy({ Version: '2012-10-17', Statement: [statement] })) as {
    Statement: Record<string, unknown>[];
  };
  return printed.Statement[0]!;
}

/** "What would make this allowed?" for every step of a run that is denied. */
export function suggestAccess(s: AccessScenario, result: RunResult): StepSuggestions[] {
  const p = s.principals.find((q) => q.name === result.principal);
  return result.steps
    .filter((step) => step.decision !== 'Allow')
    .map((step) => {
      const w = whatWouldAllow(step.input);
      const target = (side: Suggestion['side']): PolicyId | null => {
        if (side === 'identity') return p ? `identity:${p.name}` : null;
        if (side === 'boundary') return p ? `boundary:${p.name}` : null;
        return step.sources[side] ?? null;
      };
      return {
        label: step.label,
        decision: w.decision,
        suggestions: w.suggestions.map((sg) => ({
          ...sg,
          policyId: target(sg.side),
          json: statementJson(sg.statement),
        })),
        blockers: w.blockers.map((b) => {
          const policyId = step.sources[b.policy];
          return policyId ? { ...b, policyId } : { ...b };
        }),
        decisionAfter: w.decisionAfter,
      };
    });
}

export interface MergedSuggestions {
  policyId: PolicyId;
  /** The statements to add, one per resource (and principal and condition), actions combined. */
  statements: Record<string, unknown>[];
}

/**
 * Every suggestion of a run, per policy, as few statements as possible: suggestions that differ
 * only in their action become one statement listing them all.
 */
export function mergeSuggestions(perStep: readonly StepSuggestions[]): MergedSuggestions[] {
  const byPolicy = new Map<PolicyId, Map<string, Statement>>();
  for (const sg of perStep.flatMap((p) => p.suggestions)) {
    if (!sg.policyId) continue;
    const groups = byPolicy.get(sg.policyId) ?? new Map<string, Statement>();
    byPolicy.set(sg.policyId, groups);
    const { Sid: _sid, Action, ...rest } = sg.statement;
    const key = JSON.stringify(rest);
    const found = groups.get(key);
    if (!found) groups.set(key, { ...sg.statement, Action: [...(Action ?? [])] });
    else {
      const actions = [...new Set([...(found.Action ?? []), ...(Action ?? [])])];
      const services = [...new Set(actions.map((a) => a.slice(0, a.indexOf(':'))))];
      const sid =
        `Allow${services.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join('')}`.replace(
          /[^A-Za-z0-9]/g,
          '',
        );
      groups.set(key, { ...found, Sid: sid, Action: actions });
    }
  }
  return [...byPolicy].map(([policyId, groups]) => ({
    policyId,
    statements: [...groups.values()].map(statementJson),
  }));
}
