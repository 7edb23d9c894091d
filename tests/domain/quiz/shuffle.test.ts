// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionOrder, seededRandom, shuffle } from '../../../src/domain/quiz/shuffle';

describe('seeded shuffling', () => {
  it('gives the same order for the same seed, so a resumed attempt looks the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.integer(), { maxLength: 40 }),
        (seed, items) => {
          expect(shuffle(items, seededRandom(seed))).toEqual(shuffle(items, seededRandom(seed)));
        },
      ),
    );
  });

  it('is a permutation: nothing lost, nothing added, input untouched', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.string(), { maxLength: 40 }), (seed, items) => {
        const copy = [...items];
        const out = shuffle(items, seededRandom(seed));
        expect(items).toEqual(copy);
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });

  it('puts each position first about equally often', () => {
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed += 1) {
      const first = shuffle([0, 1, 2, 3], seededRandom(seed))[0]!;
      counts[first] = (counts[first] ?? 0) + 1;
    }
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it('shuffles options per question, stable for a seed and question id', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(optionOrder(7, 'upstreams-01', ids)).toEqual(optionOrder(7, 'upstreams-01', ids));
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) => optionOrder(7, `upstreams-${i}`, ids).join('')),
    );
    expect(orders.size).toBeGreaterThan(5);
  });
});
