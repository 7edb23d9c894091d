// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueInWords } from '../../../src/domain/review';

const NOW = Date.parse('2026-12-05T09:00:00.000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('dueInWords', () => {
  it.each([
    [-5 * MIN, 'now'],
    [0, 'now'],
    [10_000, 'in 1 minute'],
    [10 * MIN, 'in 10 minutes'],
    [59 * MIN, 'in 59 minutes'],
    [HOUR, 'in 1 hour'],
    [47 * HOUR, 'in 47 hours'],
    [2 * DAY, 'in 2 days'],
    [45 * DAY, 'in 45 days'],
    [90 * DAY, 'in 3 months'],
    [400 * DAY, 'in 1 year'],
  ])('%d ms ahead → %s', (ahead, words) => {
    expect(dueInWords(NOW + ahead, NOW)).toBe(words);
  });
});

describe('dueInWords against Intl', () => {
  it('writes what Intl.RelativeTimeFormat("en") writes for every future interval', () => {
    const intl = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
    const units = ['minute', 'hour', 'day', 'month', 'year'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), (ahead) => {
        const words = dueInWords(NOW + ahead, NOW);
        const [, count, unit] = /^in ([\d,]+) (\w+?)s?$/.exec(words)!;
        const n = Number(count!.replace(/,/g, ''));
        expect(units).toContain(unit);
        expect(words).toBe(intl.format(n, unit as Intl.RelativeTimeFormatUnit));
      }),
    );
  });
});
