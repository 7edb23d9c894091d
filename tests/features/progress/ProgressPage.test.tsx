// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAttempt, type Attempt } from '../../../src/db/attempts';
import { db } from '../../../src/db/database';
import { lessons } from '../../../src/content/lessons';
import ProgressPage from '../../../src/features/progress/ProgressPage';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

const submitted = (id: string, at: string, perQuestion: Record<string, boolean>): Attempt => {
  const ids = Object.keys(perQuestion);
  const correct = ids.filter((q) => perQuestion[q]).length;
  return {
    id,
    mode: 'practice',
    scopeLabel: 'Lesson: Upstreams',
    questionIds: ids,
    seed: 1,
    answers: {},
    flags: [],
    createdAt: at,
    deadline: null,
    snapshot: null,
    status: 'submitted',
    submittedAt: at,
    result: {
      correct,
      total: ids.length,
      percent: Math.round((correct / ids.length) * 100),
      usedSeconds: 60,
      perQuestion,
    },
  };
};

const page = () =>
  render(
    <MemoryRouter>
      <ProgressPage />
    </MemoryRouter>,
  );

describe('ProgressPage', () => {
  it('with no history, says how it fills in and offers export and import', async () => {
    page();
    expect(screen.getByText(/^No history yet\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Export and import your progress' })).toBeVisible();
    expect(screen.queryByText('Counting your mastery…')).not.toBeInTheDocument();
  });

  it(
    'with history, draws the scores and then the mastery from the latest answers',
    { timeout: 20_000 },
    async () => {
      await saveAttempt(
        submitted('a1', '2026-12-01T10:00:00.000Z', {
          'upstreams-01': false,
          'upstreams-02': true,
        }),
      );
      await saveAttempt(submitted('a2', '2026-12-02T10:00:00.000Z', { 'upstreams-01': true }));
      page();
      expect(await screen.findByRole('heading', { name: 'Score history' })).toBeVisible();
      expect(screen.getByRole('img', { name: /2 quizzes/ })).toBeInTheDocument();
      const rows = screen.getAllByRole('row').slice(1);
      expect(rows.map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
        '50%',
        '100%',
      ]);
      expect(rows[0]).toHaveTextContent(new Date('2026-12-01T10:00:00.000Z').toLocaleString());

      // Every lesson's question file loads first (slow to transform under test, hence the wait).
      const mastery = await screen.findByText('Mastery by lesson', {}, { timeout: 15_000 });
      const byLesson = mastery.closest('figure')!;
      const upstreams = lessons.find((l) => l.slug === 'upstreams')!;
      const row = within(byLesson).getByRole('link', { name: upstreams.title }).closest('li')!;
      // Both questions right by their latest answer.
      expect(row.querySelector('.bar-value')).toHaveTextContent(/^2\/\d+ \(\d+%\)$/);
      expect(screen.queryByText('Counting your mastery…')).not.toBeInTheDocument();
    },
  );
});
