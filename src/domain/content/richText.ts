/**
 * Question text that may hold code: plain text parts and code blocks highlighted at build time.
 * A token is its text and, unless it has the block's default colour, a CSS colour (written as
 * `light-dark(light, dark)`, so it follows the page's colour scheme).
 */
export type CodeToken = [text: string, color?: string];

export interface HighlightedCode {
  lang: string;
  tokens: CodeToken[];
}

export type RichText = (string | HighlightedCode)[];

export type TextPart = { text: string } | { code: string; lang: string };

const FENCE = /^```([\w-]*)\n([\s\S]*?)\n```$/;

/** A paragraph that is a whole JSON object or array (a policy pasted into a question). */
function isJsonDocument(paragraph: string): boolean {
  if (!/^[[{]/.test(paragraph)) return false;
  try {
    JSON.parse(paragraph);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits text into paragraphs of prose and code: a fenced block (```lang … ```) is code in that
 * language, and a paragraph that parses as JSON is JSON. Prose paragraphs next to each other stay
 * one part, blank lines included, so the text reads exactly as written.
 */
export function splitCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  for (const paragraph of text.split(/\n{2,}(?=[^\n])/)) {
    const fence = FENCE.exec(paragraph.trim());
    const code = fence
      ? { code: fence[2]!, lang: fence[1] || 'text' }
      : isJsonDocument(paragraph.trim())
        ? { code: paragraph.trim(), lang: 'json' }
        : null;
    const last = parts.at(-1);
    if (code) parts.push(code);
    else if (last && 'text' in last) last.text += `\n\n${paragraph}`;
    else parts.push({ text: paragraph });
  }
  return parts;
}

/** What the build adds to a question whose stem or explanation holds code. */
export interface Highlighted {
  highlighted?: Partial<Record<'stem' | 'explanation', RichText>>;
}
