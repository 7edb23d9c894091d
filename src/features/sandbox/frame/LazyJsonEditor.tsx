import { Suspense, lazy, useRef, useState, type ComponentType } from 'react';
import { useDeferredReady } from '../../../components/Deferred';
import type { JsonEditorProps } from './JsonEditor';
import { JsonPreview } from './JsonPreview';

type Editor = ComponentType<JsonEditorProps>;
let loading: Promise<{ default: Editor }> | null = null;
let loaded: Editor | null = null;
/** The editor's chunk (CodeMirror), fetched once; `loaded` is set as soon as it has arrived. */
const loadEditor = () =>
  (loading ??= import('./JsonEditor').then((module) => {
    loaded = module.default;
    return module;
  }));
const LazyEditor = lazy(loadEditor);

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

interface LazyJsonEditorProps extends JsonEditorProps {
  /** A new key gives a fresh editor (its own undo history), shown as a preview until edited. */
  editorKey: string;
  /** Show the editor itself now (e.g. to select a statement in it). */
  open?: boolean;
}

/**
 * The JSON as a light preview until the reader edits it; then the editor (CodeMirror, a chunk
 * of its own) takes its place, focused with the caret where they clicked. The chunk is loaded
 * when a pointer comes over the preview, not at idle: evaluating CodeMirror's modules is a
 * task of 50 ms on a fast machine, which would block input on a phone just as the page settles. Text that is not JSON opens the editor
 * straight away once near the screen, so its error is marked in place (empty text is no error:
 * it means "no policy"). The engine's own check waits for the editor: callers show its verdict
 * beside the preview as well.
 */
export function LazyJsonEditor({ editorKey, open = false, ...props }: LazyJsonEditorProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const near = useDeferredReady('visible', anchor);
  const [editing, setEditing] = useState<{ key: string; caret: number } | null>(null);

  const edited = editing?.key === editorKey;
  const faulty = near && props.value.trim() !== '' && !parses(props.value);
  const preview = (
    <JsonPreview
      label={props.label}
      text={props.value}
      coloured={near}
      onEdit={(caret) => setEditing({ key: editorKey, caret })}
      onApproach={() => void loadEditor()}
    />
  );
  if (!(edited || open || faulty)) return <div ref={anchor}>{preview}</div>;
  const Editor = loaded ?? LazyEditor;
  return (
    <Suspense fallback={preview}>
      <Editor key={editorKey} {...props} focusAt={edited ? editing.caret : undefined} />
    </Suspense>
  );
}
