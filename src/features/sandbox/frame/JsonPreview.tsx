import { useRef, type CSSProperties } from 'react';
import { jsonLines } from './jsonTokens';

interface JsonPreviewProps {
  /** Accessible name: the editor's, as it takes this one's place. */
  label: string;
  text: string;
  /**
   * With line numbers and token colours. Until then (the preview is far from view) the text is
   * one plain block, the same size: a few hundred fewer nodes for the page to hydrate and lay out.
   */
  coloured: boolean;
  /** The reader asked to edit (clicked, tapped or tabbed in); `caret` is the offset they pointed at. */
  onEdit: (caret: number) => void;
  /** A pointer came over it: the reader may be about to edit. */
  onApproach?: () => void;
}

// A long document (a whole scenario runs to hundreds of lines) shows its start and how much more
// there is: drawing every line would cost more than the editor that replaces it, which draws
// only the lines in view.
const FULL_UP_TO = 80;
const SHOWN_WHEN_LONG = 14;

/** The text offset under a point of the preview, from its line's `data-from`. */
function caretAt(x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const range = position ? null : document.caretRangeFromPoint?.(x, y);
  const node = position?.offsetNode ?? range?.startContainer;
  const offset = position?.offset ?? range?.startOffset ?? 0;
  const line = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
    '[data-from]',
  );
  if (!node || !line) return null;
  const before = document.createRange();
  before.setStart(line, 0);
  before.setEnd(node, offset);
  return Number(line.dataset['from']) + before.toString().length;
}

/**
 * The JSON as the editor shows it (line numbers, token colours, wrapping) once near the screen,
 * and as one plain block before that, as in the prerendered page: plain HTML, cheap to render.
 * The editor (CodeMirror) takes its place when the reader wants to edit, with the caret where
 * they clicked.
 */
export function JsonPreview({ label, text, coloured, onEdit, onApproach }: JsonPreviewProps) {
  const caret = useRef(0);
  const lines = text.split('\n');
  const long = lines.length > FULL_UP_TO;
  const shownText = long ? lines.slice(0, SHOWN_WHEN_LONG).join('\n') : text;
  const shownCount = long ? SHOWN_WHEN_LONG : lines.length;
  const digits = String(shownCount).length;
  return (
    <div
      className="json-preview"
      role="textbox"
      aria-label={label}
      aria-multiline="true"
      tabIndex={0}
      style={{ '--json-number-digits': digits } as CSSProperties}
      onPointerEnter={onApproach}
      onPointerDown={(e) => {
        caret.current = caretAt(e.clientX, e.clientY) ?? 0;
      }}
      onFocus={() => {
        onEdit(caret.current);
        caret.current = 0;
      }}
    >
      {coloured ? (
        jsonLines(shownText).map(({ from, tokens }, i) => (
          <div key={i} className="json-preview-row">
            <span className="json-preview-number" aria-hidden="true">
              {i + 1}
            </span>
            <span className="json-preview-line" data-from={from}>
              {tokens.map((t, j) =>
                t.kind === 'space' || t.kind === 'punct' ? (
                  t.text
                ) : (
                  <span key={j} className={`json-${t.kind}`}>
                    {t.text}
                  </span>
                ),
              )}
            </span>
          </div>
        ))
      ) : (
        <div className="json-preview-line json-preview-plain" data-from={0}>
          {shownText}
        </div>
      )}
      {long && (
        <p className="json-preview-more">
          … {lines.length - shownCount} more lines: click here to read and edit them all.
        </p>
      )}
    </div>
  );
}
