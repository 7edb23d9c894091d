// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExamItem, onePerFamily } from '../../../src/domain/quiz/pool';
import {
  questionsInScope,
  quizCapacity,
  selectQuestions,
  type QuizScope,
} from '../../../src/domain/quiz/selection';
import { fakeQuestion as q } from './bank';

const bank = [
  q({ id: 'upstreams-01', traps: ['intermediate-retention'] }),
  q({ id: 'upstreams-02', traps: ['upstream-search-order'] }),
  q({ id: 'signer-01', traps: ['lambda-warn-vs-enforce', 'intermediate-retention'] }),
];

describe('question selection', () => {
  it('filters by lesson, trap and id lists', () => {
    expect(questionsInScope(bank, { kind: 'all' })).toHaveLength(3);
    expect(
      questionsInScope(bank, { kind: 'lesson', lesson: 'upstreams' }).map((x) => x.id),
    ).toEqual(['upstreams-01', 'upstreams-02']);
    expect(
      questionsInScope(bank, { kind: 'trap', trap: 'intermediate-retention' }).map((x) => x.id),
    ).toEqual(['upstreams-01', 'signer-01']);
    expect(
      questionsInScope(bank, { kind: 'missed', questionIds: ['signer-01', 'gone-01'] }).map(
        (x) => x.id,
      ),
    ).toEqual(['signer-01']);
  });

  it('takes at most the requested count, in a seeded order', () => {
    expect(selectQuestions(bank, { kind: 'all' }, 2, 42)).toHaveLength(2);
    expect(selectQuestions(bank, { kind: 'all' }, 2, 42)).toEqual(
      selectQuestions(bank, { kind: 'all' }, 2, 42),
    );
    expect(selectQuestions(bank, { kind: 'all' }, 99, 1)).toHaveLength(3);
    expect(selectQuestions(bank, { kind: 'all' }, -1, 1)).toHaveLength(0);
  });
});

describe('the exam pool', () => {
  const mixed = [
    q({ id: 'analogies-01', pool: 'lesson', traps: ['t'] }),
    q({ id: 'analogies-02', pool: 'exam', traps: ['t'] }),
    q({ id: 'upstreams-01', traps: ['t'] }),
  ];
  const ids = ['analogies-01', 'analogies-02', 'upstreams-01'];

  it('an item is in the exam pool unless it says pool "lesson"', () => {
    expect(mixed.map(isExamItem)).toEqual([false, true, true]);
  });

  it.each<QuizScope>([
    { kind: 'all' },
    { kind: 'lesson', lesson: 'analogies' },
    { kind: 'trap', trap: 't' },
    { kind: 'missed', questionIds: ids },
    { kind: 'flagged', questionIds: ids },
    { kind: 'ids', questionIds: ids },
    { kind: 'simulation', lines: [{ id: 'line-a', weight: 1 }] },
  ])('scope $kind never serves or counts a lesson-only item', (scope) => {
    expect(questionsInScope(mixed, scope).map((x) => x.id)).not.toContain('analogies-01');
    expect(quizCapacity(mixed, scope)).toBe(questionsInScope(mixed, scope).length);
    for (const seed of [1, 2, 3])
      expect(selectQuestions(mixed, scope, 10, seed).map((x) => x.id)).not.toContain(
        'analogies-01',
      );
  });
});

describe('one family per quiz', () => {
  it('keeps the first item of each family, in order', () => {
    const items = [
      q({ id: 'a-01', family: 'x' }),
      q({ id: 'a-02', family: 'y' }),
      q({ id: 'a-03', family: 'x' }),
    ];
    expect(onePerFamily(items).map((x) => x.id)).toEqual(['a-01', 'a-02']);
  });

  it('counts what a scope can serve in families, not items', () => {
    const items = [
      q({ id: 'a-01', family: 'x' }),
      q({ id: 'a-02', family: 'x' }),
      q({ id: 'a-03', family: 'y' }),
    ];
    expect(quizCapacity(items, { kind: 'all' })).toBe(2);
    expect(selectQuestions(items, { kind: 'all' }, 3, 7)).toHaveLength(2);
  });

  const LINES = ['line-a', 'line-b', 'line-c'];
  const arbQuestion = fc.record({
    lesson: fc.constantFrom('upstreams', 'signer', 'analogies'),
    family: fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8'),
    traps: fc.subarray(['t1', 't2', 't3'], { minLength: 1 }),
    blueprint: fc.constantFrom(...LINES),
    pool: fc.constantFrom<'exam' | 'lesson' | undefined>(undefined, 'exam', 'lesson'),
  });
  const arbBank = fc
    .array(arbQuestion, { maxLength: 40 })
    .map((items) =>
      items.map((x, i) => q({ ...x, id: `${x.lesson}-${String(i).padStart(2, '0')}` })),
    );
  const arbIds = fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 20 });
  const arbScope = (ids: string[]): fc.Arbitrary<QuizScope> =>
    fc.oneof(
      fc.constant<QuizScope>({ kind: 'all' }),
      fc
        .constantFrom('upstreams', 'signer', 'analogies')
        .map((lesson): QuizScope => ({ kind: 'lesson', lesson })),
      fc.constantFrom('t1', 't2', 't3').map((trap): QuizScope => ({ kind: 'trap', trap })),
      fc.constantFrom('missed', 'flagged', 'ids').map((kind): QuizScope => ({
        kind: kind as 'missed' | 'flagged' | 'ids',
        questionIds: ids,
      })),
      fc
        .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 })
        .map((w): QuizScope => ({
          kind: 'simulation',
          lines: LINES.map((id, i) => ({ id, weight: w[i]! })),
        })),
    );

  it('for every scope, count and seed: no family twice, no lesson-only item, as many as it can', () => {
    fc.assert(
      fc.property(
        arbBank,
        arbIds,
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (items, picks, count, seed) => {
          const ids = picks.map((i) => items[i]?.id ?? `gone-${i}`);
          fc.assert(
            fc.property(arbScope(ids), (scope) => {
              const chosen = selectQuestions(items, scope, count, seed);
              const families = chosen.map((x) => x.family);
              expect(new Set(families).size).toBe(families.length);
              expect(chosen.every(isExamItem)).toBe(true);
              expect(chosen.length).toBe(Math.min(count, quizCapacity(items, scope)));
              const inScope = new Set(questionsInScope(items, scope));
              expect(chosen.every((x) => inScope.has(x))).toBe(true);
            }),
            { numRuns: 10 },
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
