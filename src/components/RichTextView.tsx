import type { RichText } from '../domain/content/richText';
import { CodeTokens } from './CodeTokens';
import './CodeBlock.css';

/**
 * Text with code blocks highlighted at build time. Code renders as a block-styled <code> (phrasing
 * content), so the parts can sit inside a heading, a legend or a paragraph.
 */
export function RichTextView({ parts }: { parts: RichText }) {
  return parts.map((part, i) =>
    typeof part === 'string' ? (
      part
    ) : (
      <code key={i} className="code-inline-block" data-language={part.lang} tabIndex={0}>
        <CodeTokens tokens={part.tokens} />
      </code>
    ),
  );
}
