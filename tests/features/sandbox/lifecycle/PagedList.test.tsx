// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PagedList } from '../../../../src/features/sandbox/lifecycle/PagedList';

const list = (items: string[]) => (
  <PagedList items={items} size={2} first="newest" noun="images" empty={<p>No images yet</p>}>
    {(shown) => (
      <ul>
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    )}
  </PagedList>
);

describe('PagedList', () => {
  it('draws the first page, then all of it, then the first page again', async () => {
    render(list(['a', 'b', 'c']));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const more = screen.getByRole('button', { name: 'Show all 3 images' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Show the newest 2 only' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('has no button when one page holds everything, and says so when there is nothing', () => {
    const { rerender } = render(list(['a', 'b']));
    expect(screen.queryByRole('button')).toBeNull();
    rerender(list([]));
    expect(screen.getByText('No images yet')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
