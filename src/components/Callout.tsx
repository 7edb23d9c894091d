import type { ReactNode } from 'react';

export type CalloutKind = 'trap' | 'tip' | 'misconception';

const LABEL: Record<CalloutKind, string> = {
  trap: 'Exam trap',
  tip: 'Tip',
  misconception: 'Common misconception',
};

interface CalloutProps {
  kind: CalloutKind;
  title?: string;
  /** Extra content after the title, e.g. a link to the trap's questions. */
  aside?: ReactNode;
  children: ReactNode;
}

export function Callout({ kind, title, aside, children }: CalloutProps) {
  return (
    <aside
      className={`callout callout-${kind}`}
      aria-label={`${LABEL[kind]}${title ? `: ${title}` : ''}`}
    >
      <p className="callout-title">
        <span>{LABEL[kind]}</span>
        {title && <span>— {title}</span>}
      </p>
      {children}
      {aside}
    </aside>
  );
}
