import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { onDatabaseReplaced, openDatabase } from '../db/open';
import { applyPreferencesToDocument, usePreferences } from '../stores/preferences';
import { useUi } from '../stores/ui';
import { routes } from './routes';
import './styles.css';

applyPreferencesToDocument(document.documentElement, usePreferences.getState());
usePreferences.subscribe((prefs) => applyPreferencesToDocument(document.documentElement, prefs));

// Open storage before the first render so every page reads from the database it will keep using.
const outcome = await openDatabase();
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

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
