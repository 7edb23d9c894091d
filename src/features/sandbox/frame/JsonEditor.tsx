import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import {
  HighlightStyle,
  bracketMatching,
  defaultHighlightStyle,
  syntaxHighlighting,
} from '@codemirror/language';
import { lintGutter, linter, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { located } from '../../../domain/errors';
import { locateJsonPath } from './jsonLocation';

export interface EditorProblem {
  path: string;
  message: string;
}

export interface JsonEditorProps {
  /** Accessible name of the editor. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /**
   * The engine's own check of the text (its parser's PolicyError), shown inline at its JSON path.
   * Return null when the text is fine, or when it is not JSON at all (the JSON linter says so).
   */
  validate?: (text: string) => EditorProblem | null;
  /** Take the focus once mounted, with the caret at this offset. */
  focusAt?: number | undefined;
}

const theme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--color-surface)',
    color: 'var(--color-text)',
    border: '1px solid var(--color-border)',
    borderRadius: '8px',
    fontSize: '0.88rem',
  },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--color-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--color-surface-2)',
    color: 'var(--color-muted)',
    border: 'none',
  },
  '&.cm-focused': { outline: '3px solid var(--color-focus)' },
  '.cm-scroller': { maxHeight: '26rem', overflow: 'auto' },
});

// CodeMirror's default token colours are made for light backgrounds; map each to a theme colour
// so JSON keeps its contrast in the dark theme as well.
const PALETTE: Record<string, string> = {
  '#a11': 'var(--color-danger)',
  '#f00': 'var(--color-danger)',
  '#164': 'var(--color-success)',
  '#085': 'var(--color-success)',
  '#167': 'var(--color-success)',
  '#e40': 'var(--color-warn)',
  '#940': 'var(--color-muted)',
};
const themedHighlight = HighlightStyle.define(
  defaultHighlightStyle.specs.map((spec) =>
    typeof spec.color === 'string'
      ? { ...spec, color: PALETTE[spec.color.toLowerCase()] ?? 'var(--color-accent)' }
      : spec,
  ),
);

/** The engine's check as a lint source, so the editor's own linting never wipes it. */
function engineLinter(validate: (text: string) => EditorProblem | null) {
  return linter(
    (view): Diagnostic[] => {
      const text = view.state.doc.toString();
      const problem = validate(text);
      if (!problem) return [];
      const at = locateJsonPath(text, problem.path) ?? { from: 0, to: Math.min(1, text.length) };
      return [
        {
          ...at,
          severity: 'error',
          message: located(problem),
        },
      ];
    },
    { delay: 300 },
  );
}

/**
 * CodeMirror 6 in JSON mode: JSON syntax errors from the JSON parser and the engine's errors at
 * their JSON path, both as lint sources; token colours from the theme; reachable by keyboard
 * (Tab moves on — the editor does not capture it).
 */
export default function JsonEditor({ label, value, onChange, validate, focusAt }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const validateRef = useRef(validate);
  useEffect(() => {
    onChangeRef.current = onChange;
    validateRef.current = validate;
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          syntaxHighlighting(themedHighlight),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          json(),
          linter(jsonParseLinter(), { delay: 300 }),
          engineLinter((text) => validateRef.current?.(text) ?? null),
          lintGutter(),
          theme,
          EditorView.lineWrapping,
          // tabindex: axe counts the scrolling editor as keyboard reachable only with it.
          EditorView.contentAttributes.of({
            'aria-label': label,
            'aria-multiline': 'true',
            tabindex: '0',
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    if (focusAt !== undefined) {
      editor.dispatch({ selection: { anchor: Math.min(focusAt, value.length) } });
      editor.focus();
    }
    return () => editor.destroy();
    // The editor owns its text from here on; outside changes arrive through the effect below.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="json-editor" />;
}
