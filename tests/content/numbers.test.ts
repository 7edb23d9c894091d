// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadContent, numberProblems } from '../../scripts/content/check';
import { loadNumbers } from '../../scripts/content/load';
import { numberFactSchema } from '../../src/domain/content/schemas';

const content = loadContent();

describe('content/numbers.json', () => {
  it('holds 30 to 50 exact limits and durations, each on a lesson that exists', () => {
    expect(content.numbers.length).toBeGreaterThanOrEqual(30);
    expect(content.numbers.length).toBeLessThanOrEqual(50);
    expect(numberProblems(content)).toEqual([]);
  });

  it('cites an AWS page for every value and a check date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const n of content.numbers) {
      expect(n.source.url, n.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(n.checked <= today, `${n.id} checked ${n.checked}`).toBe(true);
    }
  });

  it('finds duplicate ids, repeated prompts and unknown lessons', () => {
    const [first] = content.numbers;
    const broken = {
      ...content,
      numbers: [first!, { ...first!, lesson: 'no-such-lesson' }],
    };
    expect(numberProblems(broken)).toEqual([
      `numbers.json: id ${first!.id} is used twice`,
      `numbers.json ${first!.id}: the same prompt as another fact`,
      `numbers.json ${first!.id}: lesson no-such-lesson does not exist`,
    ]);
  });

  it('refuses a fact without a source or with a malformed check date', () => {
    const [first] = loadNumbers();
    expect(numberFactSchema.safeParse({ ...first, checked: '4 Dec 2026' }).success).toBe(false);
    const { source: _source, ...unsourced } = first!;
    expect(numberFactSchema.safeParse(unsourced).success).toBe(false);
  });
});
