/** What a piece of JSON text is, for colouring it as the editor does. */
export type JsonTokenKind =
  'key' | 'string' | 'number' | 'bool' | 'null' | 'punct' | 'space' | 'other';

export interface JsonToken {
  text: string;
  kind: JsonTokenKind;
}

// One alternative per kind; the last takes whatever else is there, so any text tokenises.
const TOKEN =
  /"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true\b|false\b|null\b|[{}[\],:]|\s+|[^\s"{}[\],:]+/y;

const COLON_NEXT = /\s*:/y;

/** The kind of `token`, which ends at `end` in `line` (a string followed by a colon is a key). */
function kindOf(token: string, line: string, end: number): JsonTokenKind {
  const first = token[0]!;
  if (first === '"') {
    COLON_NEXT.lastIndex = end;
    return COLON_NEXT.test(line) ? 'key' : 'string';
  }
  if (token === 'true' || token === 'false') return 'bool';
  if (token === 'null') return 'null';
  if (/^-?\d/.test(token)) return 'number';
  if ('{}[],:'.includes(first)) return 'punct';
  return /^\s/.test(first) ? 'space' : 'other';
}

/** One line of text as tokens; joined, their texts give the line back exactly. */
function tokenizeLine(line: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < line.length) {
    const at = TOKEN.lastIndex;
    const text = TOKEN.exec(line)![0];
    tokens.push({ text, kind: kindOf(text, line, at + text.length) });
  }
  return tokens;
}

export interface JsonLine {
  /** Offset of the line's first character in the text. */
  from: number;
  tokens: JsonToken[];
}

/** The text's lines (split at \n), each as tokens: malformed JSON still comes back whole. */
export function jsonLines(text: string): JsonLine[] {
  let from = 0;
  return text.split('\n').map((line) => {
    const at = from;
    from += line.length + 1;
    return { from: at, tokens: tokenizeLine(line) };
  });
}
