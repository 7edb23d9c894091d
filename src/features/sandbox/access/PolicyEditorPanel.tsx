import { memo, useEffect, useRef, type RefObject } from 'react';
import {
  getSlot,
  policyKind,
  policyLabel,
  readPolicy,
  type AccessScenario,
} from '../../../domain/access/scenario';
import { locateJsonPath } from '../frame/jsonLocation';
import { LazyJsonEditor } from '../frame/LazyJsonEditor';
import type { AccessWorkspace } from './useAccessWorkspace';
import { Button } from '../../../components/Button';

/** The editor's root inside `host`, once the lazy editor has mounted (null if it never does). */
function editorIn(
  host: RefObject<HTMLElement | null>,
  stop: { cancelled: boolean },
): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    let frames = 0;
    const look = () => {
      const dom = host.current?.querySelector<HTMLElement>('.cm-editor') ?? null;
      if (dom || stop.cancelled || frames++ > 1200) resolve(stop.cancelled ? null : dom);
      else requestAnimationFrame(look);
    };
    look();
  });
}

interface PanelProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

/** The selected policy in the shared JSON editor, with the parser's error at its JSON path. */
export const PolicyEditorPanel = memo(function PolicyEditorPanel({
  scenario,
  workspace,
}: PanelProps) {
  const id = workspace.selected;
  const slot = getSlot(scenario, id);
  const host = useRef<HTMLElement>(null);
  const focus = workspace.focus;

  // "Show in editor": select the statement's text once the editor is on the page.
  useEffect(() => {
    if (!focus || focus.policyId !== id) return;
    const stop = { cancelled: false };
    void editorIn(host, stop).then(async (dom) => {
      if (!dom) return;
      host.current?.scrollIntoView({ block: 'nearest' });
      const { EditorView } = await import('@codemirror/view');
      const view = EditorView.findFromDOM(dom);
      if (!view || stop.cancelled) return;
      const at =
        focus.index === null
          ? null
          : locateJsonPath(view.state.doc.toString(), `Statement[${focus.index}]`);
      if (at) view.dispatch({ selection: { anchor: at.from, head: at.to }, scrollIntoView: true });
      view.focus();
    });
    return () => {
      stop.cancelled = true;
    };
  }, [focus, id]);

  if (!slot) return null;
  const label = policyLabel(scenario, id);
  const kind = policyKind(id);
  const draft = workspace.draftOf(id);
  const text = draft ?? slot.text;
  const state = readPolicy({ text, disabled: [] }, kind);
  const locked = id === 'key' && scenario.resources.kms.managedBy === 'AWS';
  // JSON syntax errors are already marked by the editor's own linter
  const validate = (value: string) => {
    const checked = readPolicy({ text: value, disabled: [] }, kind);
    return checked.status === 'invalid' && !checked.message.startsWith('not valid JSON')
      ? { path: checked.path, message: checked.message }
      : null;
  };

  return (
    <section ref={host} className="card policy-editor" aria-labelledby="policy-editor-heading">
      <h2 id="policy-editor-heading">Editing: {label}</h2>
      <p className="muted">
        {kind === 'identity'
          ? id === 'scp'
            ? 'An SCP names no Principal: it caps what principals of member accounts may do. Each request must be allowed by it.'
            : 'Identity-based: no Principal element — the role it is attached to is the principal. Every statement needs Resource.'
          : 'Resource-based: every statement names a Principal. A statement without Resource covers this resource.'}{' '}
        Empty = no policy attached.
      </p>
      {locked && (
        <p className="question-warning">
          AWS managed key: its policy cannot be changed — switch to a customer managed key to share
          it.
        </p>
      )}
      <LazyJsonEditor
        editorKey={id}
        open={focus?.policyId === id}
        label={label}
        value={text}
        onChange={(value) => workspace.setDraft(id, value)}
        validate={validate}
      />
      <p className="policy-status" role="status" data-status={state.status}>
        {state.status === 'empty'
          ? 'Empty: no policy attached.'
          : state.status === 'invalid'
            ? `Invalid${state.path ? ` at ${state.path}` : ''}: ${state.message}`
            : `Valid: ${state.document.Statement.length} statement${state.document.Statement.length === 1 ? '' : 's'}.`}
        {draft !== null && ' Unsaved changes — running or changing anything saves them.'}
      </p>
      <div className="button-row">
        <Button
          small
          variant="primary"
          disabled={draft === null || locked}
          onClick={() => workspace.save(id)}
        >
          Save policy
        </Button>
        <Button small disabled={draft === null} onClick={() => workspace.discard(id)}>
          Discard changes
        </Button>
      </div>
    </section>
  );
});
