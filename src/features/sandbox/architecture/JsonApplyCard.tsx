import { useState, type ReactNode } from 'react';
import { Card } from '../../../components/Card';
import { PolicyError, located } from '../../../domain/errors';
import type { EditorProblem } from '../frame/JsonEditor';
import { LazyJsonEditor } from '../frame/LazyJsonEditor';
import { Button } from '../../../components/Button';

/** The engine's verdict on the text: null when it takes it, else the problem at its JSON path. */
function problemOf(text: string, check: (value: unknown) => void): EditorProblem | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { path: '', message: `invalid JSON: ${(error as Error).message}` };
  }
  try {
    check(value);
    return null;
  } catch (error) {
    if (error instanceof PolicyError) return { path: error.path, message: error.problem };
    throw error;
  }
}

interface Props {
  id: string;
  title: string;
  /** Above the editor: what is being edited (a picker, a sentence). */
  intro?: ReactNode;
  editorLabel: string;
  /** The JSON as it is in the scenario now; the draft starts from it again when it changes. */
  source: string;
  /** Throws PolicyError for a value the engine would not take. */
  check: (value: unknown) => void;
  applyLabel: string;
  onApply: (value: unknown) => void;
}

/** JSON edited in place and applied as one step once the engine accepts it. */
export function JsonApplyCard({
  id,
  title,
  intro,
  editorLabel,
  source,
  check,
  applyLabel,
  onApply,
}: Props) {
  const [draft, setDraft] = useState({ source, text: source });
  const text = draft.source === source ? draft.text : source;
  // The scenario's own JSON needs no check (and the engine's parser is slow to start).
  const problem = text === source ? null : problemOf(text, check);
  return (
    <Card id={id} title={title}>
      {intro}
      <LazyJsonEditor
        editorKey={source}
        label={editorLabel}
        value={text}
        onChange={(t) => setDraft({ source, text: t })}
        validate={(t) => {
          const p = problemOf(t, check);
          return p && !p.message.startsWith('invalid JSON') ? p : null;
        }}
      />
      <p className={problem ? 'verdict-wrong' : 'muted'} role="status">
        {problem ? `✗ ${located(problem)}` : text === source ? 'As in the scenario.' : '✓ Valid.'}
      </p>
      <Button
        disabled={problem !== null || text === source}
        onClick={() => onApply(JSON.parse(text))}
      >
        {applyLabel}
      </Button>
    </Card>
  );
}
