// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfidencePicker } from '../../src/components/ConfidencePicker';

describe('ConfidencePicker', () => {
  it('is one radio group under its question, showing and reporting the choice', async () => {
    const onChange = vi.fn();
    render(<ConfidencePicker name="c-1" value="fairly-sure" onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'How sure were you?' });
    expect(group).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(radios.every((r) => r.getAttribute('name') === 'c-1')).toBe(true);
    expect(screen.getByRole('radio', { name: 'Fairly sure' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Unsure — I guessed' }));
    expect(onChange).toHaveBeenCalledWith('unsure');
  });
});
