import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ResultBody } from './SearchResults';
import { useSearch } from './useSearch';
import './search.css';
import { Button } from '../../components/Button';

const SHOWN = 8;

/** Ctrl/⌘-K palette: a modal dialog holding a combobox with a listbox of results. */
export default function SearchPalette({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { status, hits } = useSearch(query);
  const shown = hits.slice(0, SHOWN);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  useEffect(() => setActive(0), [query]);

  const open = (url: string) => {
    onClose();
    void navigate(url);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(shown.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = shown[active];
      if (hit) open(hit.url);
      else if (query.trim()) open(`/search?q=${encodeURIComponent(query.trim())}`);
    }
  };

  const expanded = shown.length > 0;
  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label="Search lessons, glossary and questions"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) onClose();
      }}
    >
      <div className="palette-box">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          Search
        </label>
        <input
          id={`${listId}-input`}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined}
          placeholder="Search lessons, terms and questions…"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Results" className="palette-results">
          {shown.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="palette-option"
              onMouseMove={() => setActive(i)}
              onClick={() => open(hit.url)}
            >
              <ResultBody hit={hit} />
            </li>
          ))}
        </ul>
        <p className="palette-status muted" role="status">
          {status === 'loading' && 'Searching…'}
          {status === 'done' && hits.length === 0 && `No results for “${query}”.`}
          {status === 'done' &&
            hits.length > 0 &&
            `${hits.length} result${hits.length === 1 ? '' : 's'}. ↑ ↓ to choose, Enter to open.`}
          {status === 'idle' && 'Type to search. Esc closes.'}
        </p>
        {hits.length > SHOWN && (
          <Button small onClick={() => open(`/search?q=${encodeURIComponent(query.trim())}`)}>
            See all {hits.length} results
          </Button>
        )}
      </div>
    </dialog>
  );
}
