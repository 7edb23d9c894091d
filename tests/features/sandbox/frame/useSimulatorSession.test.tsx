// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { RouterProvider, createMemoryRouter, useNavigate } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  START_PENDING_ATTRIBUTE,
  beginHydration,
  isHydrating,
} from '../../../../src/components/prerenderMarker';
import { meetsUpstreamGoal } from '../../../../src/domain/codeartifact/goals';
import { useSimulatorSession } from '../../../../src/features/sandbox/frame/useSimulatorSession';
import { startOptions } from '../../../../src/features/sandbox/upstream/UpstreamSimulator';
import { upstreamSimMachine } from '../../../../src/machines/upstreamSim';

/** The challenge each render showed. */
const shown: string[] = [];

function Session() {
  const session = useSimulatorSession({
    ...startOptions,
    machine: upstreamSimMachine,
    meetsGoal: meetsUpstreamGoal,
  });
  shown.push(session.challenge?.id ?? 'none');
  const navigate = useNavigate();
  return (
    <>
      <p data-testid="challenge">{session.challenge?.id ?? 'none'}</p>
      <p data-testid="summary">{session.step.summary}</p>
      <p data-testid="steps">{session.context.steps.length}</p>
      <button onClick={() => navigate('/sandbox/upstream?challenge=survive-npm-outage')}>
        other challenge
      </button>
      <button onClick={() => session.apply({ type: 'repo.add', repo: 'scratch' })}>add</button>
    </>
  );
}

const renderAt = (url: string) => {
  const router = createMemoryRouter([{ path: '/sandbox/upstream', Component: Session }], {
    initialEntries: [url],
  });
  return render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
};

describe('a simulator session', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(START_PENDING_ATTRIBUTE);
    window.history.replaceState(null, '', '/');
  });

  it('starts from the challenge in the URL', () => {
    renderAt('/sandbox/upstream?challenge=predict-search-order');
    expect(screen.getByTestId('challenge')).toHaveTextContent('predict-search-order');
    expect(screen.getByTestId('summary')).toHaveTextContent(/^Challenge start:/);
  });

  it('starts again, in place, when the app opens another challenge of the same simulator', async () => {
    renderAt('/sandbox/upstream?challenge=predict-search-order');
    await act(async () => screen.getByRole('button', { name: 'other challenge' }).click());
    expect(await screen.findByTestId('challenge')).toHaveTextContent('survive-npm-outage');
    expect(screen.getByTestId('steps')).toHaveTextContent('1');
  });

  it('hydrating a prerendered page, shows its default first, then the URL’s start, and uncovers it', async () => {
    window.history.replaceState(null, '', '/sandbox/upstream?challenge=predict-search-order');
    document.documentElement.setAttribute(START_PENDING_ATTRIBUTE, '');
    beginHydration('/sandbox/upstream'); // as main.tsx does
    shown.length = 0;
    renderAt('/sandbox/upstream?challenge=predict-search-order');
    expect(await screen.findByText('predict-search-order')).toBeInTheDocument();
    expect(shown[0]).toBe('none');
    expect(shown.at(-1)).toBe('predict-search-order');
    expect(document.documentElement.hasAttribute(START_PENDING_ATTRIBUTE)).toBe(false);
    expect(isHydrating()).toBe(false);
  });

  it('keeps working after StrictMode replaces its first actor', async () => {
    renderAt('/sandbox/upstream');
    expect(screen.getByTestId('challenge')).toHaveTextContent('none');
    await act(async () => screen.getByRole('button', { name: 'add' }).click());
    expect(await screen.findByText('2')).toBeInTheDocument();
  });
});
