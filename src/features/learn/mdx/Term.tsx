import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { glossaryById } from '../../../content/glossary';

/**
 * A glossary term as a toggletip: a button that fills an always-present live region with the
 * definition (so screen readers announce it). Enter/Space toggle; Escape closes from anywhere
 * inside, returning focus to the term; a click outside closes it.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryById.get(id);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  if (!entry) return <>{children}</>;
  return (
    <span
      className="term"
      ref={wrapper}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="term-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {children ?? entry.term}
      </button>
      <span role="status" className="term-popover" data-open={open}>
        {open && (
          <>
            <strong>{entry.term}</strong>: {entry.definition}{' '}
            <Link to={`/glossary#${entry.id}`}>Glossary entry</Link>
          </>
        )}
      </span>
    </span>
  );
}
