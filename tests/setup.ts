/// <reference types="@testing-library/jest-dom/vitest" />
// Every test file: IndexedDB before anything imports dexie. Files that render React (jsdom,
// chosen per file with `// @vitest-environment jsdom`) also get the DOM matchers and cleanup;
// node files skip loading Testing Library and React DOM.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
