import { useRef, useState, type ComponentProps } from 'react';
import './CodeBlock.css';

const LANGUAGE_NAMES: Record<string, string> = {
  json: 'JSON',
  bash: 'Shell',
  sh: 'Shell',
  shell: 'Shell',
  yaml: 'YAML',
  yml: 'YAML',
};

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * A code block (highlighted at build time) with its language and a copy button. Scrollable, so
 * the <pre> is focusable; the copy result is announced in a live region.
 */
export function CodeBlock({
  children,
  ...props
}: ComponentProps<'pre'> & { 'data-language'?: string }) {
  const pre = useRef<HTMLPreElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const language = LANGUAGE_NAMES[props['data-language'] ?? ''];
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pre.current?.textContent ?? '');
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="code-block">
      <div className="code-block-bar">
        {language && <span className="code-block-language">{language}</span>}
        <button type="button" className="code-copy" onClick={() => void copy()}>
          {state === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <pre ref={pre} tabIndex={0} {...props}>
        {children}
      </pre>
      <span role="status" className="visually-hidden">
        {state === 'copied'
          ? 'Code copied to the clipboard.'
          : state === 'failed'
            ? 'Copying is blocked here: select the code and copy it yourself.'
            : ''}
      </span>
    </div>
  );
}
