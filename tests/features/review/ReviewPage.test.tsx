// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import ReviewPage from '../../../src/features/review/ReviewPage';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const page = (url: string) => (
  <MemoryRouter initialEntries={[url]}>
    <ReviewPage />
  </MemoryRouter>
);

describe('ReviewPage', () => {
  it('renders, before any data, the intro, a line for each count and the card’s place', () => {
    const html = document.createElement('div');
    html.innerHTML = renderToString(page('/review'));
    expect(within(html).getByText(/^Spaced review brings each item back/)).toHaveTextContent(
      'up to 20 a session',
    );
    const kinds = within(html).getByRole('navigation', { name: 'What to review' });
    // Five links, each with its (still empty) count line, so they keep their height.
    expect(within(kinds).getAllByRole('link')).toHaveLength(5);
    expect(kinds.querySelectorAll('.review-kinds-count')).toHaveLength(5);
    const stage = html.querySelector('.review-stage')!;
    expect(stage).toHaveTextContent('Loading your review queue…');
    expect(stage.querySelector('.flashcard')).toHaveAttribute('aria-hidden', 'true');
  });

  it('puts the first card where its placeholder stood, and fills in the counts', async () => {
    render(page('/review'));
    const front = await screen.findByRole('heading', { level: 2 });
    expect(front.closest('.review-stage')).not.toBeNull();
    expect(screen.queryByText('Loading your review queue…')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^All/ })).toHaveTextContent(/0 due · \d+ new/);
  });

  it('reads well with an empty queue, in the same place', async () => {
    render(page('/review?kind=question'));
    const empty = await screen.findByText(/^Nothing is due for review yet\./);
    expect(empty).toHaveTextContent('Every question you answer in a quiz comes back here');
    expect(empty.closest('.review-stage')).not.toBeNull();
    expect(screen.getByRole('link', { name: /^Questions/ })).toHaveTextContent('0 due');
  });
});
