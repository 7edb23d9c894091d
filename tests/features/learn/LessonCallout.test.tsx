// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import traps from '../../../content/traps.json';
import { LessonCallout } from '../../../src/features/learn/mdx/LessonCallout';

const trap = traps[0]!;

function renderCallout(node: ReactNode) {
  return render(<MemoryRouter>{node}</MemoryRouter>);
}

describe('LessonCallout', () => {
  it('shows a trap callout with the trap title and a link to its questions', () => {
    renderCallout(
      <LessonCallout kind="trap" trap={trap.id}>
        <p>Body text</p>
      </LessonCallout>,
    );
    const aside = screen.getByRole('complementary', { name: `Exam trap: ${trap.title}` });
    expect(aside).toHaveTextContent(trap.title);
    expect(aside).toHaveTextContent('Body text');
    const link = screen.getByRole('link', { name: new RegExp(trap.title) });
    expect(link).toHaveAttribute('href', `/quiz?trap=${trap.id}`);
  });

  it('prefers an explicit title but still links to the trap', () => {
    renderCallout(
      <LessonCallout kind="trap" trap={trap.id} title="Own title">
        <p>Body</p>
      </LessonCallout>,
    );
    expect(screen.getByRole('complementary', { name: 'Exam trap: Own title' })).toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAttribute('href', `/quiz?trap=${trap.id}`);
  });

  it('renders a tip without a trap link', () => {
    renderCallout(
      <LessonCallout kind="tip" title="Pin versions">
        <p>Body</p>
      </LessonCallout>,
    );
    expect(screen.getByRole('complementary', { name: 'Tip: Pin versions' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
