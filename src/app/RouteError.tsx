import {
  Link,
  isRouteErrorResponse,
  useLocation,
  useNavigate,
  useRouteError,
} from 'react-router-dom';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { Button } from '../components/Button';

/** Error boundary for every route: says what broke and offers a retry and a way home. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  useDocumentTitle('Something went wrong');
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  // A failed lazy import after a deploy usually means a stale chunk: a reload fetches the new one.
  // Navigating to the same place again resets the boundary and renders the page afresh.
  const retry = () =>
    /dynamically imported module|Importing a module script failed/i.test(detail)
      ? window.location.reload()
      : void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  return (
    <div className="stack" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>
        Your progress is stored separately and is safe. You can try the page again, or go back to
        the dashboard.
      </p>
      <p className="muted">
        <code>{detail}</code>
      </p>
      <p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <Button variant="primary" onClick={retry}>
          Try again
        </Button>
        <Link className="button" to="/">
          Go home
        </Link>
      </p>
    </div>
  );
}

/** Used when the shell itself fails: the same message inside a landmark of its own. */
export function RootError() {
  return (
    <main id="main" className="app-main">
      <RouteError />
    </main>
  );
}
