import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { locateJsonPath } from './jsonLocation';

export interface JsonEditorProps {
  /** Accessible name of the editor. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A problem found by the engine's parser, shown inline at its JSON path. */
  problem?: { path: string; message: string } | null;
}

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--color-surface)', color: 'var(--color-text)', border: '1px solid var(--color-border)', borderRadius: '8px', fontSize: '0.88rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--color-text)' },
  '.cm-gutters': { backgroundColor: 'var(--color-surface-2)', color: 'var(--color-muted)', border: 'none' },
  '&.cm-focused': { outline: '3px solid var(--color-focus)' },
  '.cm-scroller': { maxHeight: '26rem', overflow: 'auto' },
});

/** CodeMirror 6 in JSON mode: syntax errors from the JSON parser, rule errors at their path. */
export default function JsonEditor({ label, value, onChange, problem }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
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
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          json(),
          linter(jsonParseLinter(), { delay: 300 }),
          lintGutter(),
          theme,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor owns its text from here on; outside changes arrive through the effect below.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const diagnostics: Diagnostic[] = [];
    if (problem) {
      const at = locateJsonPath(editor.state.doc.toString(), problem.path) ?? { from: 0, to: Math.min(1, editor.state.doc.length) };
      diagnostics.push({ ...at, severity: 'error', message: problem.path ? `${problem.path}: ${problem.message}` : problem.message });
    }
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problem, value]);

  return <div ref={host} className="json-editor" />;
}
