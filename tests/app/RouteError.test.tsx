// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { RouteError } from '../../src/app/RouteError';

describe('the per-route error boundary', () => {
  it('says what broke and offers "Try again" and "Go home"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('the lesson chunk failed to load');
      return <h1>Recovered</h1>;
    }
    const router = createMemoryRouter(
      [
        { path: '/', element: <h1>Home</h1> },
        { path: '/flaky', Component: Flaky, ErrorBoundary: RouteError },
      ],
      { initialEntries: ['/flaky'] },
    );
    render(<RouterProvider router={router} />);
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong on this page' }),
    ).toBeInTheDocument();
    expect(screen.getByText('the lesson chunk failed to load')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Recovered' })).toBeInTheDocument();
    fail = true;
    await act(() => router.navigate('/'));
    await act(() => router.navigate('/flaky'));
    await userEvent.click(await screen.findByRole('link', { name: 'Go home' }));
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
  });
});
