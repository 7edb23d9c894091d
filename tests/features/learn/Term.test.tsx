// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import glossary from '../../../content/glossary.json';
import { Term } from '../../../src/features/learn/mdx/Term';

const entry = glossary[0]!;

function renderTerm(id = entry.id) {
  return render(
    <MemoryRouter>
      <p>
        Before <Term id={id}>the shown text</Term> after.
      </p>
    </MemoryRouter>,
  );
}

describe('Term', () => {
  it('toggles the definition on click', async () => {
    renderTerm();
    const button = screen.getByRole('button', { name: 'the shown text' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The live region is always present (so the definition is announced) and empty until opened.
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(status).toHaveTextContent(entry.definition);
    expect(screen.getByRole('link', { name: 'Glossary entry' })).toHaveAttribute(
      'href',
      `/glossary#${entry.id}`,
    );
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(status).toBeEmptyDOMElement();
  });

  it('closes with Escape pressed on the link inside the definition, returning focus to the term', async () => {
    renderTerm();
    const button = screen.getByRole('button', { name: 'the shown text' });
    await userEvent.click(button);
    screen.getByRole('link', { name: 'Glossary entry' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('opens with Enter and closes with Escape, keeping focus on the term', async () => {
    renderTerm();
    const button = screen.getByRole('button', { name: 'the shown text' });
    await userEvent.tab();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(entry.term);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when the pointer goes down outside it', async () => {
    renderTerm();
    const button = screen.getByRole('button', { name: 'the shown text' });
    await userEvent.click(button);
    await userEvent.click(screen.getByText(/Before/));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders the children plainly for an unknown id', () => {
    renderTerm('no-such-term');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/the shown text/)).toBeInTheDocument();
  });
});
