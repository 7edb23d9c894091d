import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { applyPreferencesToDocument, usePreferences } from '../stores/preferences';
import { nextTask } from '../components/nextTask';
import { useUi } from '../stores/ui';
import { prepareHydration } from './hydration';
import { PRERENDERED_PATH_ATTRIBUTE, isPrerenderedFor } from '../components/prerenderMarker';
import { routes } from './routes';

// theme-boot.js applied the stored preferences before the first paint; keep them applied.
usePreferences.subscribe((prefs) => applyPreferencesToDocument(document.documentElement, prefs));

const container = document.getElementById('root')!;
const hydrate = isPrerenderedFor(container, window.location);

// Open storage before the first render so every page reads from the database it will keep using.
// Should the route's code fail to load (offline before the first visit cached it), the router
// tries again as it renders and shows the route's error boundary. Storage's code (Dexie) is
// imported here rather than above so that it is evaluated in a task of its own: the app's code,
// storage's and the route's, each evaluated at once, would together block input on a phone.
const storage = import('../db/open');
const [outcome, hydrationData] = await Promise.all([
  storage.then(({ openDatabase }) => openDatabase()),
  prepareHydration(routes, window.location).catch(() => undefined),
]);
const { onDatabaseReplaced } = await storage;
await nextTask();
useUi
  .getState()
  .setStorage(
    outcome.persistent ? 'ok' : 'unavailable',
    outcome.persistent ? null : outcome.reason,
  );
onDatabaseReplaced(() =>
  useUi
    .getState()
    .setStorage(
      'unavailable',
      'a newer Artifact Lab was opened in another tab; reload this tab to keep saving',
    ),
);

/** Once React owns the page, its controls take input (base.css holds them until then). */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => container.removeAttribute(PRERENDERED_PATH_ATTRIBUTE), []);
  return children;
}

const router = createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
const app = (
  <StrictMode>
    <Hydrated>
      <RouterProvider router={router} />
    </Hydrated>
  </StrictMode>
);
// A prerendered page is hydrated in place; any other (the app shell, or a prerendered page
// reached with a query string) is rendered afresh. Either way the render runs as a transition:
// React works in slices of a few milliseconds and the page (readable already, unless it is the
// shell) keeps scrolling and painting instead of freezing in one long task.
if (hydrate && hydrationData) startTransition(() => void hydrateRoot(container, app));
else {
  const root = createRoot(container);
  startTransition(() => root.render(app));
}
