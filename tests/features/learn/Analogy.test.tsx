// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import data from '../../../content/analogies.json';
import { Analogy } from '../../../src/features/learn/mdx/Analogy';

const [library, kitchen, warehouse] = data.analogies;

function renderAnalogy() {
  return render(
    <MemoryRouter>
      <Analogy />
    </MemoryRouter>,
  );
}

describe('Analogy', () => {
  it('offers the three analogies as radios, the first chosen', () => {
    renderAnalogy();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(screen.getByRole('radio', { name: library!.title })).toBeChecked();
    expect(screen.getByRole('radio', { name: kitchen!.title })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: warehouse!.title })).not.toBeChecked();
  });

  it('shows every concept as a row, each linking to its lesson', () => {
    renderAnalogy();
    const rows = screen.getAllByRole('rowheader');
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => r.textContent)).toEqual(data.concepts.map((c) => c.label));
    const first = data.concepts[0]!;
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', `/learn/${first.lesson}`);
  });

  it('switches the table when another analogy is picked', async () => {
    renderAnalogy();
    const table = screen.getByRole('table');
    expect(within(table).getByText(library!.mappings[0]!.counterpart)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: kitchen!.title }));
    expect(screen.getByRole('radio', { name: kitchen!.title })).toBeChecked();
    expect(within(table).getByText(kitchen!.mappings[0]!.counterpart)).toBeInTheDocument();
    expect(within(table).queryByText(library!.mappings[0]!.counterpart)).not.toBeInTheDocument();
    expect(screen.getAllByRole('rowheader')).toHaveLength(11);
    await userEvent.click(screen.getByRole('radio', { name: warehouse!.title }));
    expect(within(table).getByText(warehouse!.mappings[0]!.counterpart)).toBeInTheDocument();
  });

  it('lists where the analogy breaks down', async () => {
    renderAnalogy();
    const heading = screen.getByRole('heading', { name: 'Where this analogy breaks down' });
    const list = heading.nextElementSibling as HTMLElement;
    expect(list.tagName).toBe('UL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(library!.breaksDown.length);
    await userEvent.click(screen.getByRole('radio', { name: kitchen!.title }));
    expect(screen.getByText(kitchen!.breaksDown[0]!.text)).toBeInTheDocument();
  });
});
