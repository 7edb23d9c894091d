// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCheckedDate, sectionChecked } from '../../../src/domain/content/checked';

describe('checked dates', () => {
  it('prints a calendar date as day, short month and year', () => {
    expect(formatCheckedDate('2026-12-04')).toBe('4 Dec 2026');
    expect(formatCheckedDate('2027-01-31')).toBe('31 Jan 2027');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatCheckedDate('2026-13-01')).toBe('2026-13-01');
    expect(formatCheckedDate('soon')).toBe('soon');
  });

  it("gives a section its own date when it has one, else the lesson's", () => {
    const lesson = { checked: '2026-12-04', sectionChecks: { 'pull-through-cache': '2027-02-01' } };
    expect(sectionChecked(lesson, 'pull-through-cache')).toBe('2027-02-01');
    expect(sectionChecked(lesson, 'summary')).toBe('2026-12-04');
    expect(sectionChecked({ checked: '2026-12-04' }, 'summary')).toBe('2026-12-04');
  });
});
