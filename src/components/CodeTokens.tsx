import type { CodeToken } from '../domain/content/richText';

/** Tokens highlighted at build time, as text and coloured spans. */
export function CodeTokens({ tokens }: { tokens: readonly CodeToken[] }) {
  return tokens.map(([text, color], i) =>
    color ? (
      <span key={i} style={{ color }}>
        {text}
      </span>
    ) : (
      text
    ),
  );
}
