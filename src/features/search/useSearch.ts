import { useEffect, useState } from 'react';
import { searchContent, type SearchHit } from './searchIndex';

export type SearchState = {
  status: 'idle' | 'loading' | 'done';
  hits: SearchHit[];
  error: string | null;
};

/** Results for a query; stale answers from earlier keystrokes are dropped. */
export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle', hits: [], error: null });
  useEffect(() => {
    if (!query.trim()) {
      setState({ status: 'idle', hits: [], error: null });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, status: 'loading' }));
    searchContent(query).then(
      (hits) => live && setState({ status: 'done', hits, error: null }),
      (error: unknown) => live && setState({ status: 'done', hits: [], error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [query]);
  return state;
}
