import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from './useDocumentTitle';
import { useHydrated } from './useHydrated';

export function NotFound() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  // The 404 page is prerendered once, for every unknown address: only the browser knows which.
  const known = useHydrated();
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>
        There is no page at this address in Artifact Lab. It may have moved, or the link may have a
        typo.
      </p>
      {known && (
        <p className="muted">
          Address: <code>{pathname}</code>
        </p>
      )}
      <ul>
        <li>
          <Link to="/">Dashboard</Link> — pick up where you left off
        </li>
        <li>
          <Link to="/learn">Lessons</Link> — the whole syllabus
        </li>
        <li>
          <Link to="/search">Search</Link> — find a topic, term or question
        </li>
      </ul>
    </div>
  );
}
