// Strings that only a syntax highlighter carries: Shiki's API, the TextMate tokenizer, the regex
// engines (the Oniguruma WebAssembly and the JavaScript engine), grammars and themes. Method and
// property names survive minification, so a bundled highlighter still shows them; highlighted
// output (coloured spans) shows none.
export const HIGHLIGHTER_SIGNATURES = [
  'createHighlighter',
  'codeToHast',
  'codeToTokens',
  'tokenizeLine',
  'findNextMatchSync',
  'createOnigScanner',
  'loadWasm',
  'scopeName',
  'tokenColors',
];

/** The first signature found in the text, or null. */
export function highlighterSignature(text) {
  return HIGHLIGHTER_SIGNATURES.find((signature) => text.includes(signature)) ?? null;
}
