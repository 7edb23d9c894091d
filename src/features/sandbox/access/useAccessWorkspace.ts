import { useEffect, useMemo, useState } from 'react';
import {
  getSlot,
  type AccessAction,
  type AccessScenario,
  type PolicyId,
} from '../../../domain/access/scenario';
import type { AccessOutcome } from '../../../domain/access/simulation';

interface Draft {
  /** The policy text the draft started from; when the scenario's text moves on, the draft is stale. */
  base: string;
  text: string;
}

export interface StatementMark {
  /** the strongest match in the last run: a deny beats an allow */
  matched: 'allow' | 'deny' | null;
  decides: boolean;
}

export interface FocusRequest {
  policyId: PolicyId;
  index: number | null;
  /** a new request each time, even for the same statement */
  nonce: number;
}

/**
 * What the access simulator's page keeps beside the machine: the policy being edited, unsaved
 * edits (drafts), and the statement to show in the editor. Drafts are saved — as policy.edit
 * actions — before any run or change, so a run always evaluates what the learner sees. The run's
 * result and suggestions are the step's outcome, decided by the domain's reducer.
 */
export function useAccessWorkspace(
  scenario: AccessScenario,
  outcome: AccessOutcome | undefined,
  apply: (action: AccessAction) => void,
) {
  const first: PolicyId = `identity:${scenario.principals[0]?.name ?? ''}`;
  const [chosen, setSelected] = useState<PolicyId>(first);
  // a loaded scenario may not have the chosen policy (another principal): fall back to the first
  const selected = getSlot(scenario, chosen) ? chosen : first;
  const [drafts, setDrafts] = useState<Partial<Record<PolicyId, Draft>>>({});
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  // Undo, redo and saved edits move the scenario's text on: drafts based on older text are dropped.
  useEffect(() => {
    setDrafts((current) => {
      const live = Object.entries(current).filter(
        ([id, d]) => d && d.base === (getSlot(scenario, id as PolicyId)?.text ?? ''),
      );
      return live.length === Object.keys(current).length ? current : Object.fromEntries(live);
    });
  }, [scenario]);

  const result = outcome?.result ?? null;

  const marks = useMemo(() => {
    const out = new Map<string, StatementMark>();
    for (const step of result?.steps ?? []) {
      for (const t of step.trace) {
        if (!t.policyId || t.index === undefined) continue;
        const key = `${t.policyId}#${t.index}`;
        const mark = out.get(key) ?? { matched: null, decides: false };
        if (t.outcome === 'decides') mark.decides = true;
        else if (t.outcome === 'deny') mark.matched = 'deny';
        else if (t.outcome === 'allow' && mark.matched === null) mark.matched = 'allow';
        out.set(key, mark);
      }
    }
    return out;
  }, [result]);

  // One object per change of what it holds, so the panels given it skip the renders where
  // nothing they show changed (the machine's busy state, the frame's history).
  return useMemo(() => {
    const textOf = (id: PolicyId) => getSlot(scenario, id)?.text ?? '';
    const draftOf = (id: PolicyId): string | null => {
      const d = drafts[id];
      return d && d.base === textOf(id) && d.text !== d.base ? d.text : null;
    };
    // an AWS managed key's policy cannot be saved: its draft stays a draft
    const locked = (id: PolicyId) => id === 'key' && scenario.resources.kms.managedBy === 'AWS';
    const unsaved = (Object.keys(drafts) as PolicyId[]).filter(
      (id) => draftOf(id) !== null && !locked(id),
    );
    const saveAll = () => {
      for (const id of unsaved) apply({ type: 'policy.edit', policyId: id, text: draftOf(id)! });
    };
    return {
      selected,
      select: (id: PolicyId) => setSelected(id),
      draftOf,
      unsaved,
      setDraft: (id: PolicyId, text: string) =>
        setDrafts((d) => ({ ...d, [id]: { base: textOf(id), text } })),
      discard: (id: PolicyId) =>
        setDrafts((d) => {
          const { [id]: _gone, ...rest } = d;
          return rest;
        }),
      save: (id: PolicyId) => {
        const text = draftOf(id);
        if (text !== null) apply({ type: 'policy.edit', policyId: id, text });
      },
      /** Any action: switching a statement keeps drafts; everything else saves them first. */
      act: (action: AccessAction) => {
        if (action.type !== 'statement.toggle') saveAll();
        apply(action);
      },
      /** Several actions in a row (e.g. every suggested statement), drafts saved once first. */
      actAll: (actions: AccessAction[]) => {
        saveAll();
        for (const action of actions) apply(action);
      },
      focus,
      show: (policyId: PolicyId, index: number | null) => {
        setSelected(policyId);
        setFocus((f) => ({ policyId, index, nonce: (f?.nonce ?? 0) + 1 }));
      },
      result,
      suggestions: outcome?.suggestions ?? [],
      mark: (id: PolicyId, index: number): StatementMark | undefined => marks.get(`${id}#${index}`),
    };
  }, [scenario, outcome, result, marks, drafts, focus, selected, apply]);
}

export type AccessWorkspace = ReturnType<typeof useAccessWorkspace>;
