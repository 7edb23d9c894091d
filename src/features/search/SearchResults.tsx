import { Link } from 'react-router-dom';
import { excerpt } from '../../domain/search/highlight';
import type { SearchDocKind } from '../../domain/search/options';
import { Highlighted } from './Highlighted';
import type { SearchHit } from './searchIndex';

export const KIND_LABEL: Record<SearchDocKind, string> = {
  lesson: 'Lesson',
  glossary: 'Glossary',
  trap: 'Trap',
  question: 'Question',
};

interface ResultBodyProps {
  hit: SearchHit;
}

/** Title, where it lives and a highlighted excerpt: shared by the palette and the page. */
export function ResultBody({ hit }: ResultBodyProps) {
  return (
    <>
      <span className="result-title">
        <Highlighted text={hit.title} terms={hit.terms} />
      </span>
      <span className="result-context">
        {KIND_LABEL[hit.kind]} · {hit.context}
      </span>
      {hit.text && (
        <span className="result-excerpt">
          <Highlighted text={excerpt(hit.text, hit.terms)} terms={hit.terms} />
        </span>
      )}
    </>
  );
}

export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link to={hit.url} className="result-link">
            <ResultBody hit={hit} />
          </Link>
        </li>
      ))}
    </ol>
  );
}
