import { useState, type ReactNode } from 'react';
import { Button } from '../../../components/Button';

interface PagedListProps<T> {
  items: readonly T[];
  /** Shown instead when there are no items. */
  empty: ReactNode;
  size: number;
  /** Which items come first ("newest") and what they are ("images"), for the button. */
  first: string;
  noun: string;
  children: (shown: readonly T[]) => ReactNode;
}

/** A long list drawn a page at a time: the first `size` items, and a button that shows them all. */
export function PagedList<T>({ items, empty, size, first, noun, children }: PagedListProps<T>) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return empty;
  return (
    <>
      {children(all ? items : items.slice(0, size))}
      {items.length > size && (
        <Button small aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the ${first} ${size} only` : `Show all ${items.length} ${noun}`}
        </Button>
      )}
    </>
  );
}
