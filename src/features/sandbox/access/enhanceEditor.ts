/**
 * Accessibility additions to the shared JSON editor, added to a mounted editor with
 * StateEffect.appendConfig (the editor itself is lazy and owned by the frame):
 * - token colours from the app's palette (highest precedence, so they win over the default style), so they keep their contrast in the dark theme too
 *   (the default highlight style is made for light backgrounds);
 * - tabindex on the content, so axe sees the scrolling editor as keyboard reachable (it does not
 *   count contenteditable as focusable); the tab order does not change.
 * These belong in frame/JsonEditor.tsx; until they move there, they are applied here.
 */
const PALETTE: Record<string, string> = {
  '#a11': 'var(--color-danger)',
  '#164': 'var(--color-success)',
  '#219': 'var(--color-accent)',
  '#708': 'var(--color-accent)',
  '#00f': 'var(--color-accent)',
  '#00c': 'var(--color-accent)',
  '#30a': 'var(--color-accent)',
  '#256': 'var(--color-accent)',
  '#085': 'var(--color-success)',
  '#167': 'var(--color-success)',
  '#e40': 'var(--color-warn)',
  '#940': 'var(--color-muted)',
  '#f00': 'var(--color-danger)',
};

const enhanced = new WeakSet<object>();

/** Applies the additions once to the editor inside `dom`; resolves true when it is done. */
export async function enhanceEditor(dom: HTMLElement): Promise<boolean> {
  const [
    { EditorView },
    { Prec, StateEffect },
    { HighlightStyle, defaultHighlightStyle, syntaxHighlighting },
  ] = await Promise.all([
    import('@codemirror/view'),
    import('@codemirror/state'),
    import('@codemirror/language'),
  ]);
  const view = EditorView.findFromDOM(dom);
  if (!view) return false;
  if (enhanced.has(view)) return true;
  enhanced.add(view);
  const style = HighlightStyle.define(
    defaultHighlightStyle.specs.map((spec) => {
      const color =
        typeof spec.color === 'string'
          ? (PALETTE[spec.color.toLowerCase()] ?? 'var(--color-text)')
          : undefined;
      return color ? { ...spec, color } : spec;
    }),
  );
  view.dispatch({
    effects: StateEffect.appendConfig.of([
      Prec.highest(syntaxHighlighting(style)),
      EditorView.contentAttributes.of({ tabindex: '0' }),
    ]),
  });
  return true;
}
