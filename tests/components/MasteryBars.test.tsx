// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { MasteryBars } from '../../src/components/MasteryBars';
import { lessons } from '../../src/content/lessons';
import { traps } from '../../src/content/traps';

describe('MasteryBars', () => {
  it('names lessons and traps by title and links them to the lesson and to a trap quiz', () => {
    const lesson = lessons[0]!;
    const trap = traps[0]!;
    render(
      <MemoryRouter>
        <MasteryBars
          byLesson={[{ key: lesson.slug, correct: 1, total: 2 }]}
          byTrap={[{ key: trap.id, correct: 3, total: 4 }]}
          lessonCaption="By lesson"
          trapCaption="By trap"
        />
      </MemoryRouter>,
    );
    const byLesson = screen.getByText('By lesson').closest('figure')!;
    expect(within(byLesson).getByRole('link', { name: lesson.title })).toHaveAttribute(
      'href',
      `/learn/${lesson.slug}`,
    );
    expect(byLesson).toHaveTextContent('1/2 (50%)');
    const byTrap = screen.getByText('By trap').closest('figure')!;
    expect(within(byTrap).getByRole('link', { name: trap.title })).toHaveAttribute(
      'href',
      `/quiz?trap=${trap.id}`,
    );
  });
});
