import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/domain/words';

describe('groupThousands', () => {
  it('writes whole numbers with English thousands separators', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(2345)).toBe('2,345');
    expect(groupThousands(1234567)).toBe('1,234,567');
  });

  it('agrees with toLocaleString("en") for any non-negative whole number', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(groupThousands(n)).toBe(n.toLocaleString('en'));
      }),
    );
  });
});
