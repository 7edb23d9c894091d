import type { ReactNode } from 'react';
import { Button } from '../../../components/Button';
import { obj, type Json } from './jsonFields';

/** One rule as its form sees it: the rule as read, its position, and the edits of it. */
interface RuleEditor {
  rule: Json;
  i: number;
  setRule: (rule: Json) => void;
  remove: () => void;
}

/** The rules of a lifecycle document as forms (one each, drawn by `children`), and a rule to add. */
export function RuleList({
  rules,
  onChange,
  newRule,
  children,
}: {
  rules: readonly unknown[];
  onChange: (rules: unknown[]) => void;
  newRule: () => Json;
  children: (editor: RuleEditor) => ReactNode;
}) {
  return (
    <div className="lc-form">
      {rules.length === 0 && <p className="muted">No rules yet.</p>}
      {rules.map((raw, i) =>
        children({
          rule: obj(raw),
          i,
          setRule: (rule) => onChange(rules.map((r, k) => (k === i ? rule : r))),
          remove: () => onChange(rules.filter((_, k) => k !== i)),
        }),
      )}
      <Button small onClick={() => onChange([...rules, newRule()])}>
        Add a rule
      </Button>
    </div>
  );
}
