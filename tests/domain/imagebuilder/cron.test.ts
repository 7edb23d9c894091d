// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import { cronMatches, nextCronMatch } from '../../../src/domain/imagebuilder';

describe('Image Builder cron expressions (imagebuilder/cron-expressions)', () => {
  it('matches daily at midnight UTC, to the minute', () => {
    expect(cronMatches('cron(0 0 * * ? *)', '2026-03-04T00:00:30Z')).toBe(true);
    expect(cronMatches('cron(0 0 * * ? *)', '2026-03-04T00:01:00Z')).toBe(false);
  });

  it('reads day-of-week 1–7 as SUN–SAT, names and ranges included', () => {
    // 2026-03-02 is a Monday
    expect(cronMatches('cron(0 6 ? * MON-FRI *)', '2026-03-02T06:00:00Z')).toBe(true);
    expect(cronMatches('cron(0 6 ? * 2 *)', '2026-03-02T06:00:00Z')).toBe(true);
    expect(cronMatches('cron(0 6 ? * SAT,SUN *)', '2026-03-02T06:00:00Z')).toBe(false);
  });

  it('supports steps, lists and month names', () => {
    expect(nextCronMatch('cron(0/15 * * * ? *)', '2026-03-02T06:07:00Z')).toBe(
      '2026-03-02T06:15:00.000Z',
    );
    expect(nextCronMatch('cron(0 0 1 jan,jul ? *)', '2026-03-02T00:00:00Z')).toBe(
      '2026-07-01T00:00:00.000Z',
    );
  });

  it('supports L (last day), W (nearest weekday) and # (nth weekday)', () => {
    expect(nextCronMatch('cron(0 0 L * ? *)', '2026-02-01T00:00:00Z')).toBe(
      '2026-02-28T00:00:00.000Z',
    );
    // 2026-03-01 is a Sunday: 1W is Monday the 2nd
    expect(nextCronMatch('cron(0 0 1W * ? *)', '2026-02-28T00:00:00Z')).toBe(
      '2026-03-02T00:00:00.000Z',
    );
    // the third Friday of March 2026 is the 20th
    expect(nextCronMatch('cron(0 10 ? * 6#3 *)', '2026-03-01T00:00:00Z')).toBe(
      '2026-03-20T10:00:00.000Z',
    );
    // the last Friday of March 2026 is the 27th
    expect(nextCronMatch('cron(0 10 ? * 6L *)', '2026-03-01T00:00:00Z')).toBe(
      '2026-03-27T10:00:00.000Z',
    );
  });

  it('returns null when nothing matches within five years', () => {
    expect(nextCronMatch('cron(0 0 1 1 ? 2199)', '2026-01-01T00:00:00Z')).toBeNull();
  });

  it('refuses malformed expressions with a clear message', () => {
    expect(() => cronMatches('0 0 * * ? *', '2026-01-01T00:00:00Z')).toThrow(/six fields/);
    expect(() => cronMatches('cron(0 0 * * * *)', '2026-01-01T00:00:00Z')).toThrow(/must be \?/);
    expect(() => cronMatches('cron(60 0 * * ? *)', '2026-01-01T00:00:00Z')).toThrow(PolicyError);
    expect(() => cronMatches('cron(0 0 * * ? 1969)', '2026-01-01T00:00:00Z')).toThrow(/1970/);
  });
});
