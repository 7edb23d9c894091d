// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { NotFound } from '../../src/components/NotFound';

const at = (path: string) => (
  <MemoryRouter initialEntries={[path]}>
    <NotFound />
  </MemoryRouter>
);

describe('NotFound', () => {
  it('names the address in the browser', () => {
    render(at('/no/such/page'));
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
  });

  it('leaves the address out of the prerender, which serves every unknown address', () => {
    const html = renderToString(at('/404'));
    expect(html).toContain('There is no page at this address');
    expect(html).not.toContain('/404');
  });
});
