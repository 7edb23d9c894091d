// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/quiz/schema';
import {
  PASS_PERCENT,
  breakdownBy,
  isAnswerCorrect,
  scoreAttempt,
} from '../../../src/domain/quiz/scoring';

const option = (id: string, correct: boolean) => ({
  id,
  text: `Option ${id}`,
  correct,
  why: 'Because the documentation says so.',
});
const single: Question = {
  id: 'upstreams-01',
  lesson: 'upstreams',
  blueprint: 's-repositories',
  family: 'upstreams-search-order',
  checked: '2026-12-04',
  traps: ['upstream-search-order'],
  kind: 'single',
  stem: 'x'.repeat(60),
  options: [option('a', false), option('b', true), option('c', false), option('d', false)],
  explanation: 'y'.repeat(40),
  references: [{ title: 'Docs', url: 'https://docs.aws.amazon.com/x' }],
  difficulty: 2,
};
const chooseTwo: Question = {
  ...single,
  id: 'cross-account-02',
  lesson: 'cross-account',
  traps: ['ecr-repo-policy-alone', 'ecr-token-iam-only'],
  kind: 'multiple',
  select: 2,
  options: [
    option('a', true),
    option('b', false),
    option('c', true),
    option('d', false),
    option('e', false),
  ],
};

describe('isAnswerCorrect', () => {
  it('needs the one correct option of a single-answer question', () => {
    expect(isAnswerCorrect(single, ['b'])).toBe(true);
    expect(isAnswerCorrect(single, ['a'])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
  });

  it('is all-or-nothing for choose-N, whatever the order', () => {
    expect(isAnswerCorrect(chooseTwo, ['c', 'a'])).toBe(true);
    expect(isAnswerCorrect(chooseTwo, ['a'])).toBe(false);
    expect(isAnswerCorrect(chooseTwo, ['a', 'c', 'e'])).toBe(false);
    expect(isAnswerCorrect(chooseTwo, ['a', 'b'])).toBe(false);
  });
});

describe('scoreAttempt', () => {
  it('counts unanswered questions as wrong and rounds the percentage', () => {
    const score = scoreAttempt([single, chooseTwo, { ...single, id: 'upstreams-02' }], {
      'upstreams-01': ['b'],
      'cross-account-02': ['a'],
    });
    expect(score).toEqual({
      correct: 1,
      total: 3,
      percent: 33,
      perQuestion: { 'upstreams-01': true, 'cross-account-02': false, 'upstreams-02': false },
    });
  });

  it('scores an empty attempt as 0 % rather than dividing by zero', () => {
    expect(scoreAttempt([], {}).percent).toBe(0);
  });

  it('uses the 75 % practice pass line', () => {
    expect(PASS_PERCENT).toBe(75);
  });
});

describe('breakdownBy', () => {
  it('groups by lesson, and by every trap a question tests', () => {
    const per = { 'upstreams-01': true, 'cross-account-02': false };
    expect(breakdownBy([single, chooseTwo], per, (q) => [q.lesson])).toEqual([
      { key: 'upstreams', correct: 1, total: 1 },
      { key: 'cross-account', correct: 0, total: 1 },
    ]);
    expect(breakdownBy([single, chooseTwo], per, (q) => q.traps).map((b) => b.key)).toEqual([
      'upstream-search-order',
      'ecr-repo-policy-alone',
      'ecr-token-iam-only',
    ]);
  });
});
