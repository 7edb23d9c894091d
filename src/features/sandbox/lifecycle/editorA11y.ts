import { locateJsonPath } from '../frame/jsonLocation';

/**
 * Additions for the shared, lazy JSON editor once it is on the page. The engine's parse error as
 * a lint source, so it survives the editor's JSON linter (which replaces every diagnostic when it
 * runs, wiping one set from outside 300 ms after each keystroke). And for accessibility: token colours
 * from the app's palette (the default highlight style is made for light backgrounds and fails
 * contrast in the dark theme), and a tabindex on the content so axe counts the scrolling editor
 * as keyboard reachable (it does not count contenteditable). The tab order does not change.
 * They belong in frame/JsonEditor.tsx (the access simulator carries the same fix); until they
 * move there, they are applied here with StateEffect.appendConfig.
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

const done = new WeakSet<object>();

/** Waits for the editor inside `host` and applies the additions once; false if it never shows. */
export async function improveEditor(
  host: HTMLElement,
  stop: { cancelled: boolean },
  problemOf: (text: string) => { path: string; message: string } | null,
): Promise<boolean> {
  let dom: HTMLElement | null = null;
  for (let frame = 0; frame < 300 && !stop.cancelled; frame += 1) {
    dom = host.querySelector<HTMLElement>('.cm-editor');
    if (dom) break;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (!dom || stop.cancelled) return false;
  const [{ EditorView }, { Prec, StateEffect }, { HighlightStyle, defaultHighlightStyle, syntaxHighlighting }, { linter }] = await Promise.all([
    import('@codemirror/view'),
    import('@codemirror/state'),
    import('@codemirror/language'),
    import('@codemirror/lint'),
  ]);
  const view = EditorView.findFromDOM(dom);
  if (!view) return false;
  if (done.has(view)) return true;
  done.add(view);
  const style = HighlightStyle.define(
    defaultHighlightStyle.specs.map((spec) => {
      const color = typeof spec.color === 'string' ? (PALETTE[spec.color.toLowerCase()] ?? 'var(--color-text)') : undefined;
      return color ? { ...spec, color } : spec;
    }),
  );
  const engineLinter = linter(
    (v) => {
      const text = v.state.doc.toString();
      const problem = problemOf(text);
      // JSON syntax errors are the JSON linter's to report
      if (!problem || problem.message.startsWith('invalid JSON')) return [];
      const at = locateJsonPath(text, problem.path) ?? { from: 0, to: Math.min(1, text.length) };
      return [{ ...at, severity: 'error' as const, message: problem.path ? `${problem.path}: ${problem.message}` : problem.message }];
    },
    { delay: 300 },
  );
  view.dispatch({ effects: StateEffect.appendConfig.of([Prec.highest(syntaxHighlighting(style)), EditorView.contentAttributes.of({ tabindex: '0' }), engineLinter]) });
  return true;
}
