import { Suspense, lazy } from 'react';
import { Deferred } from '../../../components/Deferred';
import type { JsonEditorProps } from './JsonEditor';

const JsonEditor = lazy(() => import('./JsonEditor'));
const editorLoading = <p className="muted editor-loading">Loading the editor…</p>;

/**
 * The JSON editor (CodeMirror, a chunk of its own), mounted once the page has painted, in space
 * kept for it. A new `editorKey` gives a fresh editor (its own undo history) without waiting again.
 */
export function LazyJsonEditor({ editorKey, ...props }: JsonEditorProps & { editorKey: string }) {
  return (
    <Deferred placeholder={editorLoading}>
      <Suspense fallback={editorLoading}>
        <JsonEditor key={editorKey} {...props} />
      </Suspense>
    </Deferred>
  );
}
