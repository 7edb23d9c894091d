/** A piece of text, marked when it is (the start of) a matched search term. */
export interface TextPart {
  text: string;
  match: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits text into parts, marking every word that starts with one of the terms. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const usable = terms.filter((t) => t.length > 0);
  if (usable.length === 0) return [{ text, match: false }];
  const pattern = new RegExp(`\\b(?:${usable.map(escape).join('|')})[\\w-]*`, 'gi');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** A window of text around the first matched term, with ellipses where it was cut. */
export function excerpt(text: string, terms: readonly string[], radius = 90): string {
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
