// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/quiz/schema';
import { latestResults, masteryBy, type AttemptOutcome } from '../../../src/domain/review';

type Q = Pick<Question, 'id' | 'lesson' | 'traps'>;
const questions: Q[] = [
  { id: 'upstreams-01', lesson: 'upstreams', traps: ['search-order'] },
  { id: 'upstreams-02', lesson: 'upstreams', traps: ['search-order', 'retention'] },
  { id: 'upstreams-03', lesson: 'upstreams', traps: ['retention'] },
  { id: 'ecr-lifecycle-01', lesson: 'ecr-lifecycle', traps: ['count-unit'] },
  { id: 'ecr-lifecycle-02', lesson: 'ecr-lifecycle', traps: ['count-unit', 'count-unit'] },
];

describe('masteryBy', () => {
  const latest = {
    'upstreams-01': true,
    'upstreams-02': false,
    'ecr-lifecycle-01': true,
    'ecr-lifecycle-02': true,
  };

  it('groups by lesson: total questions, answered ones, correct ones', () => {
    expect(masteryBy(questions, latest, (q) => [q.lesson])).toEqual([
      { key: 'upstreams', answered: 2, correct: 1, total: 3, percent: 33 },
      { key: 'ecr-lifecycle', answered: 2, correct: 2, total: 2, percent: 100 },
    ]);
  });

  it('groups by trap, a question counting in each trap it tests, once', () => {
    expect(masteryBy(questions, latest, (q) => q.traps)).toEqual([
      { key: 'search-order', answered: 2, correct: 1, total: 2, percent: 50 },
      { key: 'retention', answered: 1, correct: 0, total: 2, percent: 0 },
      { key: 'count-unit', answered: 2, correct: 2, total: 2, percent: 100 },
    ]);
  });

  it('counts nothing answered before any attempt, and ignores results of unknown questions', () => {
    expect(masteryBy(questions, { 'gone-01': true }, (q) => [q.lesson])).toEqual([
      { key: 'upstreams', answered: 0, correct: 0, total: 3, percent: 0 },
      { key: 'ecr-lifecycle', answered: 0, correct: 0, total: 2, percent: 0 },
    ]);
    expect(masteryBy([], latest, (q: Q) => [q.lesson])).toEqual([]);
  });

  it('works on full questions', () => {
    const full = [{ ...questions[0]!, kind: 'single' } as Question];
    expect(masteryBy(full, latest, (q) => [q.lesson])).toEqual([
      { key: 'upstreams', answered: 1, correct: 1, total: 1, percent: 100 },
    ]);
  });
});

describe('latestResults', () => {
  const attempt = (
    submittedAt: string | null,
    perQuestion: Record<string, boolean> | null,
  ): AttemptOutcome => ({
    submittedAt,
    result: perQuestion && { perQuestion },
  });

  it('keeps the most recent result of each question, whatever the order of the attempts', () => {
    const attempts = [
      attempt('2025-03-03T10:00:00Z', { a: true }),
      attempt('2025-03-01T10:00:00Z', { a: false, b: false, c: true }),
      attempt('2025-03-02T10:00:00Z', { b: true }),
    ];
    const expected = { a: true, b: true, c: true };
    expect(latestResults(attempts)).toEqual(expected);
    expect(latestResults([...attempts].reverse())).toEqual(expected);
  });

  it('lets a later wrong answer replace an earlier right one', () => {
    expect(
      latestResults([
        attempt('2025-03-01T10:00:00Z', { a: true }),
        attempt('2025-03-01T10:00:01Z', { a: false }),
      ]),
    ).toEqual({ a: false });
  });

  it('compares times, not strings', () => {
    expect(
      latestResults([
        attempt('2025-03-01T12:00:00+02:00', { a: true }),
        attempt('2025-03-01T11:00:00Z', { a: false }),
      ]),
    ).toEqual({ a: false });
  });

  it('ignores attempts not submitted, and breaks ties by list order', () => {
    expect(
      latestResults([
        attempt('2025-03-01T10:00:00Z', { a: true, b: true }),
        attempt(null, { a: false }),
        attempt('2025-03-09T10:00:00Z', null),
        attempt('not a time', { b: false }),
        attempt('2025-03-01T10:00:00Z', { b: false }),
      ]),
    ).toEqual({ a: true, b: false });
    expect(latestResults([])).toEqual({});
  });
});
