// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExamItem } from '../../../src/domain/quiz/pool';
import {
  drawSimulation,
  largestRemainder,
  planSimulation,
  shortLines,
  type BlueprintWeight,
} from '../../../src/domain/quiz/simulation';
import { fakeQuestion as q } from './bank';
import blueprint from '../../../content/blueprint.json';

/** `n` items on a line, each its own family unless `family` is given. */
const items = (line: string, n: number, family?: (i: number) => string) =>
  Array.from({ length: n }, (_, i) =>
    q({
      id: `${line}-${String(i).padStart(2, '0')}`,
      blueprint: line,
      family: family?.(i) ?? `${line}-f${i}`,
    }),
  );

describe('largest remainder', () => {
  it('gives each line the whole part of its quota and the rest to the largest remainders', () => {
    // The task 1.3 weights over the exam's 65 scored items: 13, 7.8, 13, 15.6, 7.8, 7.8.
    expect(largestRemainder([0.2, 0.12, 0.2, 0.24, 0.12, 0.12], 65)).toEqual([13, 8, 13, 15, 8, 8]);
    // 10 items: 2, 1.2, 2, 2.4, 1.2, 1.2 → the 0.4 remainder goes first.
    expect(largestRemainder([0.2, 0.12, 0.2, 0.24, 0.12, 0.12], 10)).toEqual([2, 1, 2, 3, 1, 1]);
  });

  it('breaks ties in favour of the earlier line and handles no weight at all', () => {
    expect(largestRemainder([0.5, 0.5], 3)).toEqual([2, 1]);
    expect(largestRemainder([0, 0, 0], 4)).toEqual([2, 1, 1]);
    expect(largestRemainder([0.3, 0.7], 0)).toEqual([0, 0]);
  });

  it('always hands out exactly the count, each line within one item of its exact share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 200 }),
        (weights, count) => {
          const seats = largestRemainder(weights, count);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(seats.reduce((a, b) => a + b, 0)).toBe(count);
          seats.forEach((s, i) =>
            expect(Math.abs(s - (count * weights[i]!) / sum)).toBeLessThan(1 + 1e-6),
          );
        },
      ),
    );
  });
});

describe('the exam simulation', () => {
  const lines: BlueprintWeight[] = [
    { id: 'k', weight: 0.5 },
    { id: 's', weight: 0.3 },
    { id: 'b', weight: 0.2 },
  ];

  it('draws by the weights, one per family, interleaved, reproducibly from the seed', () => {
    const bank = [...items('k', 20), ...items('s', 20), ...items('b', 20)];
    const { questions, plan } = drawSimulation(bank, lines, 10, 5);
    expect(plan.lines.map((l) => [l.id, l.target, l.planned])).toEqual([
      ['k', 5, 5],
      ['s', 3, 3],
      ['b', 2, 2],
    ]);
    expect(shortLines(plan)).toEqual([]);
    expect(questions.filter((x) => x.blueprint === 'k')).toHaveLength(5);
    expect(questions.filter((x) => x.blueprint === 's')).toHaveLength(3);
    expect(questions.filter((x) => x.blueprint === 'b')).toHaveLength(2);
    expect(questions.map((x) => x.blueprint).join('')).not.toBe('kkkkksssbb');
    expect(drawSimulation(bank, lines, 10, 5).questions).toEqual(questions);
  });

  it('a line that runs short gives all it has and the others make up the count, which is reported', () => {
    // "b" asks for 2 of 10 but has one family (two variants of it).
    const bank = [...items('k', 20), ...items('s', 20), ...items('b', 2, () => 'only-one')];
    const { questions, plan } = drawSimulation(bank, lines, 10, 1);
    expect(questions).toHaveLength(10);
    expect(plan.lines.find((l) => l.id === 'b')).toEqual({
      id: 'b',
      target: 2,
      available: 1,
      planned: 1,
    });
    expect(shortLines(plan).map((l) => l.id)).toEqual(['b']);
    // The missing item goes to the line furthest below its exact share: k (5 of 5.0) vs s (3 of 3.0) → k first.
    expect(plan.lines.map((l) => l.planned)).toEqual([6, 3, 1]);
  });

  it('never serves a lesson-only item and never more items than the pool has families', () => {
    const bank = [
      ...items('k', 3),
      ...items('s', 3).map((x) => ({ ...x, pool: 'lesson' as const })),
      ...items('b', 3, () => 'shared'),
    ];
    const { questions, plan } = drawSimulation(bank, lines, 65, 9);
    expect(plan.count).toBe(4);
    expect(questions).toHaveLength(4);
    expect(questions.every(isExamItem)).toBe(true);
  });

  it('a family spanning two lines is served once', () => {
    const bank = [
      q({ id: 'k-01', blueprint: 'k', family: 'both' }),
      q({ id: 's-01', blueprint: 's', family: 'both' }),
      ...items('k', 4),
      ...items('s', 4),
      ...items('b', 4),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const { questions } = drawSimulation(bank, lines, 13, seed);
      const families = questions.map((x) => x.family);
      expect(new Set(families).size).toBe(families.length);
      expect(questions).toHaveLength(13);
    }
  });

  it('draws the blueprint of task 1.3 as 13 · 8 · 13 · 15 · 8 · 8 items for the 65 scored', () => {
    const bank = blueprint.lines.flatMap((l) => items(l.id, 20));
    const { questions, plan } = drawSimulation(bank, blueprint.lines, 65, 3);
    expect(questions).toHaveLength(65);
    expect(Object.fromEntries(plan.lines.map((l) => [l.id, l.planned]))).toEqual({
      'k-use-cases-security': 13,
      'k-create-generate': 8,
      'k-lifecycle': 13,
      's-repositories': 15,
      's-build-tools': 8,
      's-image-builds': 8,
    });
  });

  it('for any bank, weights, count and seed: the plan adds up and every line stays within what it has', () => {
    const arbBank = fc
      .array(
        fc.record({
          blueprint: fc.constantFrom('k', 's', 'b', 'other'),
          family: fc.integer({ min: 0, max: 30 }),
          pool: fc.constantFrom<'exam' | 'lesson' | undefined>(undefined, 'lesson'),
        }),
        { maxLength: 60 },
      )
      .map((xs) =>
        xs.map((x, i) =>
          q({
            id: `x-${String(i).padStart(2, '0')}`,
            blueprint: x.blueprint,
            family: `f${x.family}`,
            ...(x.pool ? { pool: x.pool } : {}),
          }),
        ),
      );
    fc.assert(
      fc.property(
        arbBank,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (bank, weights, count, seed) => {
          const ls = lines.map((l, i) => ({ id: l.id, weight: weights[i]! }));
          const plan = planSimulation(bank, ls, count);
          const { questions } = drawSimulation(bank, ls, count, seed);
          expect(plan.lines.reduce((a, l) => a + l.planned, 0)).toBe(plan.count);
          for (const l of plan.lines) expect(l.planned).toBeLessThanOrEqual(l.available);
          expect(questions).toHaveLength(plan.count);
          expect(questions.every((x) => isExamItem(x) && x.blueprint !== 'other')).toBe(true);
          expect(new Set(questions.map((x) => x.family)).size).toBe(questions.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
