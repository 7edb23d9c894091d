// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { Link, RouterProvider, createMemoryRouter, type RouteObject } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { START_PENDING_ATTRIBUTE } from '../../../src/components/prerenderMarker';
import { simulatorRoute } from '../../../src/domain/simulators';
import SimulatorPage from '../../../src/features/sandbox/SimulatorPage';
import { loadSimulatorPage } from '../../../src/features/sandbox/simulators';

function Page() {
  return (
    <>
      <nav>
        <Link to={simulatorRoute('upstream', 'survive-npm-outage')}>other challenge</Link>
        <Link to={simulatorRoute('upstream')}>no challenge</Link>
      </nav>
      <SimulatorPage />
    </>
  );
}

const route = (path: string): RouteObject => ({
  path,
  Component: Page,
  loader: ({ params, request }) =>
    loadSimulatorPage(params['simulator'], params['challenge'], new URL(request.url).search),
});

const openAt = async (url: string) => {
  const router = createMemoryRouter(
    [route('/sandbox/:simulator'), route('/sandbox/:simulator/:challenge')],
    { initialEntries: [url] },
  );
  render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  // The simulator's code loads on the first visit.
  await screen.findByRole(
    'heading',
    { level: 1, name: 'CodeArtifact upstream simulator' },
    { timeout: 10_000 },
  );
};

const challengeHeading = () =>
  screen.queryByRole('heading', { level: 2, name: /^Challenge:/ })?.textContent ?? null;

describe('a simulator page', () => {
  afterEach(() => document.documentElement.removeAttribute(START_PENDING_ATTRIBUTE));

  it('opens a challenge from its own path', async () => {
    await openAt('/sandbox/upstream/predict-search-order');
    expect(challengeHeading()).toBe('Challenge: Predict the search order');
  });

  it("names the challenge in the page's title, and the simulator alone without one", async () => {
    await openAt('/sandbox/upstream/predict-search-order');
    expect(document.title).toBe(
      'Predict the search order · CodeArtifact upstream simulator · Artifact Lab',
    );
    await act(async () => screen.getByRole('link', { name: 'no challenge' }).click());
    await vi.waitFor(() =>
      expect(document.title).toBe('CodeArtifact upstream simulator · Artifact Lab'),
    );
  });

  it('opens a challenge from the query, as share links and older links have it', async () => {
    await openAt('/sandbox/upstream?challenge=predict-search-order');
    expect(challengeHeading()).toBe('Challenge: Predict the search order');
  });

  it('starts afresh when the app opens another challenge of the same simulator, or none', async () => {
    await openAt('/sandbox/upstream/predict-search-order');
    await act(async () => screen.getByRole('link', { name: 'other challenge' }).click());
    await vi.waitFor(() => expect(challengeHeading()).toBe('Challenge: Survive an npmjs outage'));
    await act(async () => screen.getByRole('link', { name: 'no challenge' }).click());
    await vi.waitFor(() => expect(challengeHeading()).toBeNull());
  });

  it('shows the simulator hidden by theme-boot.js once its start is shown', async () => {
    document.documentElement.setAttribute(START_PENDING_ATTRIBUTE, '');
    await openAt('/sandbox/upstream?challenge=predict-search-order');
    expect(document.documentElement.hasAttribute(START_PENDING_ATTRIBUTE)).toBe(false);
  });
});
