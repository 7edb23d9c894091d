import { Link, useLocation } from 'react-router-dom';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const { pathname } = useLocation();
  useDocumentTitle('Page not found');
  return (
    <div className="stack">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. It may have moved, or the link may have a typo.
      </p>
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
