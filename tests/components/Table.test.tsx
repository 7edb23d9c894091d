// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Table } from '../../src/components/Table';

const body = (
  <tbody>
    <tr>
      <td>2026-12-04</td>
      <td>80%</td>
    </tr>
  </tbody>
);

describe('Table', () => {
  it('heads its columns and scrolls in a named region reachable by keyboard', () => {
    render(
      <Table label="Scores" head={['When', 'Score']}>
        {body}
      </Table>,
    );
    const region = screen.getByRole('region', { name: 'Scores' });
    expect(region).toHaveAttribute('tabindex', '0');
    const heads = within(region).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['When', 'Score']);
    expect(heads[0]).toHaveAttribute('scope', 'col');
  });

  it('stands on its own without a name, with a caption for screen readers', () => {
    render(
      <Table caption="Scores by date" head={['When', 'Score']}>
        {body}
      </Table>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('table', { name: 'Scores by date' })).toBeInTheDocument();
  });
});
