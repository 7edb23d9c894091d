// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  SECONDS_PER_QUESTION,
  crossedWarning,
  deadlineFor,
  examDurationSeconds,
  formatClock,
  secondsLeft,
} from '../../../src/domain/quiz/pacing';

describe('exam pacing', () => {
  it('runs at the real exam pace: 180 minutes for 75 questions', () => {
    expect(SECONDS_PER_QUESTION).toBe(144);
    expect(examDurationSeconds(75, 1)).toBe(180 * 60);
    expect(examDurationSeconds(5, 1)).toBe(720);
    expect(examDurationSeconds(5, 1.5)).toBe(1080);
  });

  it('stores a deadline and counts to it from the clock', () => {
    const deadline = deadlineFor('2026-11-26T10:00:00.000Z', 5, 1);
    expect(deadline).toBe('2026-11-26T10:12:00.000Z');
    expect(secondsLeft(deadline, Date.parse('2026-11-26T10:00:00.000Z'))).toBe(720);
    expect(secondsLeft(deadline, Date.parse('2026-11-26T10:11:59.200Z'))).toBe(1);
    expect(secondsLeft(deadline, Date.parse('2026-11-26T11:00:00.000Z'))).toBe(0);
  });

  it('formats the clock', () => {
    expect(formatClock(720)).toBe('12:00');
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(3 * 3600 + 5)).toBe('3:00:05');
  });

  it('announces 10 % of the time left and 5 minutes left, once each', () => {
    const total = 180 * 60;
    expect(crossedWarning(total, 1081, 1080)).toBe('10% of your time is left: 18:00.');
    expect(crossedWarning(total, 1080, 1079)).toBeNull();
    expect(crossedWarning(total, 301, 300)).toBe('5 minutes left.');
    expect(crossedWarning(total, 300, 299)).toBeNull();
    // A 5-question exam (12 min): 10 % is 72 s, and 5 minutes comes first.
    expect(crossedWarning(720, 301, 300)).toBe('5 minutes left.');
    expect(crossedWarning(720, 73, 72)).toBe('10% of your time is left: 1:12.');
  });
});
