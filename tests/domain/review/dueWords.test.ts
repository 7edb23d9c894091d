// @vitest-environment node
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
