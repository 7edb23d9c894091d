import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { glossaryById } from '../../../content/glossary';

/**
 * A glossary term as a toggletip: a button that reveals the definition in a live region.
 * Enter/Space open and close it, Escape closes it and keeps focus on the term.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryById.get(id);
  const [open, setOpen] = useState(false);
  const popId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);

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
    <span className="term" ref={wrapper}>
      <button
        type="button"
        className="term-button"
        aria-expanded={open}
        aria-controls={popId}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      >
        {children ?? entry.term}
      </button>
      <span id={popId} role="status" className="term-popover" hidden={!open}>
        {open && (
          <>
            <strong>{entry.term}</strong>: {entry.definition}{' '}
            <Link to={`/learn/${entry.lesson}`}>Lesson</Link>
          </>
        )}
      </span>
    </span>
  );
}
