import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import uses from 'virtual:glossary-uses';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { glossary } from '../../content/glossary';
import { lessons } from '../../content/lessons';
import type { GlossaryEntry } from '../../domain/content/schemas';
import './glossary.css';

const sorted = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en'));
const letterOf = (entry: GlossaryEntry) => entry.term[0]!.toUpperCase();
const lessonTitle = (slug: string) => lessons.find((l) => l.slug === slug)?.title ?? slug;

/** Case-insensitive match on the term or its definition. */
function matches(entry: GlossaryEntry, query: string) {
  const q = query.trim().toLowerCase();
  return !q || entry.term.toLowerCase().includes(q) || entry.definition.toLowerCase().includes(q);
}

/** Every term A–Z with its definition and the lesson sections that use it; #term-id deep links. */
export default function GlossaryPage() {
  useDocumentTitle('Glossary');
  const [query, setQuery] = useState('');
  const { hash } = useLocation();
  const inputId = useId();
  const shown = sorted.filter((entry) => matches(entry, query));
  const letters = [...new Set(shown.map(letterOf))];

  // A deep link (from a <Term> pop-up or search) scrolls to its entry and focuses it.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [hash]);

  return (
    <div className="stack glossary">
      <h1>Glossary</h1>
      <p className="muted">
        {glossary.length} terms of the course, A–Z. Each one links to the lesson sections that use
        it; <Link to="/review?kind=term">study them as flashcards</Link>.
      </p>
      <div className="glossary-filter">
        <label htmlFor={inputId}>Filter terms</label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="e.g. upstream, KMS, lifecycle"
          autoComplete="off"
        />
        <p role="status" className="muted">
          {shown.length === glossary.length
            ? `All ${glossary.length} terms`
            : `${shown.length} of ${glossary.length} terms match`}
        </p>
      </div>
      {letters.length > 1 && (
        <nav aria-label="Letters" className="glossary-letters">
          {letters.map((letter) => (
            <a key={letter} href={`#letter-${letter}`}>
              {letter}
            </a>
          ))}
        </nav>
      )}
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`} className="glossary-letter">
            {letter}
          </h2>
          <dl className="glossary-list">
            {shown
              .filter((entry) => letterOf(entry) === letter)
              .map((entry) => (
                <div key={entry.id} id={entry.id} className="glossary-entry" tabIndex={-1}>
                  <dt>{entry.term}</dt>
                  <dd>
                    <p>{entry.definition}</p>
                    <p className="glossary-uses">
                      Taught in{' '}
                      <Link to={`/learn/${entry.lesson}`}>{lessonTitle(entry.lesson)}</Link>
                      {uses[entry.id]?.length ? (
                        <>
                          {' '}
                          · used in{' '}
                          {uses[entry.id]!.map((use, i) => (
                            <span key={`${use.lesson}#${use.section}`}>
                              {i > 0 && ', '}
                              <Link
                                to={`/learn/${use.lesson}${use.section ? `#${use.section}` : ''}`}
                              >
                                {use.section
                                  ? `${use.lessonTitle}: ${use.sectionTitle}`
                                  : use.lessonTitle}
                              </Link>
                            </span>
                          ))}
                        </>
                      ) : null}
                    </p>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      {shown.length === 0 && <p className="empty-state">No term matches “{query.trim()}”.</p>}
    </div>
  );
}
