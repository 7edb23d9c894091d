import { useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { SearchDocKind } from '../../domain/search/options';
import { KIND_LABEL, SearchResultList } from './SearchResults';
import { useSearch } from './useSearch';
import './search.css';

export default function SearchPage() {
  useDocumentTitle('Search');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const { status, hits, error } = useSearch(query);
  const counts = hits.reduce<Partial<Record<SearchDocKind, number>>>(
    (acc, h) => ({ ...acc, [h.kind]: (acc[h.kind] ?? 0) + 1 }),
    {},
  );

  return (
    <div className="stack">
      <h1>Search</h1>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-page-input" className="visually-hidden">
          Search lessons, glossary, traps and questions
        </label>
        <input
          id="search-page-input"
          type="search"
          className="search-input"
          placeholder="e.g. object lock compliance"
          value={query}
          onChange={(e) =>
            setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })
          }
        />
      </form>
      <p role="status" className="muted">
        {!query &&
          'Search every lesson section, glossary term, trap and question — it works offline.'}
        {query && status === 'loading' && 'Searching…'}
        {query &&
          status === 'done' &&
          (hits.length === 0
            ? `No results for “${query}”. Try fewer or shorter words.`
            : `${hits.length} results: ${Object.entries(counts)
                .map(
                  ([k, n]) =>
                    `${n} ${KIND_LABEL[k as SearchDocKind].toLowerCase()}${n === 1 ? '' : 's'}`,
                )
                .join(', ')}.`)}
      </p>
      {error && <p role="alert">Search could not load its index: {error}</p>}
      <SearchResultList hits={hits} />
    </div>
  );
}
