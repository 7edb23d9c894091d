// Build-time syntax highlighting with Shiki, shared by the MDX pipeline (lessons) and the question
// files: one set of themes and languages, and one compaction of Shiki's output. Nothing here is
// shipped to the browser; pages receive coloured spans only.
import type { Element, ElementContent, Root } from 'hast';
import { createHighlighter, type ShikiTransformer } from 'shiki';
import type { CodeToken, HighlightedCode } from '../../src/domain/content/richText.ts';

/** Both meet 4.5:1 on the code background in light and dark (tests/highlight/contrast.test.ts). */
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;
/** JSON policies, shell commands, YAML (buildspecs); `sh`, `shell`, `yml`, … are Shiki aliases. */
export const LANGS = ['json', 'bash', 'yaml'] as const;

/** The style's `color:` value, if any. */
function colorOf(style: unknown): string | undefined {
  return typeof style === 'string' ? /(?:^|;)color:([^;]+)/.exec(style)?.[1]?.trim() : undefined;
}

/**
 * Makes Shiki's output small: no line wrappers (lines are separated by the newline text nodes
 * Shiki puts between them), a token keeps only its `color` and only when it differs from the
 * block's default, adjacent tokens of one colour merge, and the <pre> loses its inline background
 * (the app's theme paints code blocks).
 */
export const compactOutput: ShikiTransformer = {
  name: 'artifact-lab:compact-output',
  pre(pre) {
    const fg = colorOf(pre.properties['style'])?.toLowerCase();
    const code = pre.children[0] as Element;
    const flat: ElementContent[] = [];
    const push = (node: ElementContent) => {
      const last = flat.at(-1);
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else if (
        node.type === 'element' &&
        last?.type === 'element' &&
        last.properties['style'] === node.properties['style']
      )
        (last.children[0] as { value: string }).value += (
          node.children[0] as { value: string }
        ).value;
      else flat.push(node);
    };
    for (const child of code.children) {
      const tokens =
        child.type === 'element' && child.properties['class'] === 'line' ? child.children : [child];
      for (const token of tokens) {
        if (token.type !== 'element') {
          push(token);
          continue;
        }
        const color = colorOf(token.properties['style']);
        const text = token.children[0] as { type: 'text'; value: string };
        // Whitespace looks the same in any colour.
        if (!color || color.toLowerCase() === fg || !text.value.trim()) push({ ...text });
        else
          push({
            type: 'element',
            tagName: 'span',
            properties: { style: `color:${color}` },
            children: [{ ...text }],
          });
      }
    }
    code.children = flat;
    delete pre.properties['style'];
    delete pre.properties['tabindex'];
    pre.properties['className'] = ['shiki'];
    delete pre.properties['class'];
    pre.properties['dataLanguage'] = this.options.lang;
    return pre;
  },
};

/** Options for @shikijs/rehype and for codeToHast alike. */
export const SHIKI_OPTIONS = {
  themes: THEMES,
  defaultColor: 'light-dark()' as const,
  transformers: [compactOutput],
};

let highlighter: ReturnType<typeof createHighlighter> | undefined;
const getHighlighter = () =>
  (highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: [...LANGS] }));

/** A code block as plain-JSON tokens, for content rendered by React outside MDX (questions). */
export async function highlightCode(code: string, lang: string): Promise<HighlightedCode> {
  const shiki = await getHighlighter();
  const known = shiki.getLoadedLanguages().includes(lang);
  const root = shiki.codeToHast(code, { ...SHIKI_OPTIONS, lang: known ? lang : 'text' }) as Root;
  const pre = root.children[0] as Element;
  const tokens = (pre.children[0] as Element).children.map((node): CodeToken => {
    if (node.type === 'text') return [node.value];
    const element = node as Element;
    return [
      (element.children[0] as { value: string }).value,
      colorOf(element.properties['style'])!,
    ];
  });
  return { lang: known ? lang : 'text', tokens };
}
