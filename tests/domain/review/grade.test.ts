// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EASY_MAX_SECONDS,
  gradeAnswer,
  type AnswerOutcome,
  type ReviewGrade,
} from '../../../src/domain/review';

describe('gradeAnswer', () => {
  const table: [AnswerOutcome, ReviewGrade][] = [
    [{ correct: false }, 'again'],
    [{ correct: false, confidence: 'certain', seconds: 5 }, 'again'],
    [{ correct: false, confidence: 'unsure', seconds: 500 }, 'again'],
    [{ correct: true, confidence: 'unsure' }, 'hard'],
    [{ correct: true, confidence: 'unsure', seconds: 3 }, 'hard'],
    [{ correct: true, confidence: 'certain', seconds: 12 }, 'easy'],
    [{ correct: true, confidence: 'certain', seconds: 0 }, 'easy'],
    [{ correct: true, confidence: 'certain', seconds: EASY_MAX_SECONDS }, 'easy'],
    [{ correct: true, confidence: 'certain', seconds: EASY_MAX_SECONDS + 0.5 }, 'good'],
    [{ correct: true, confidence: 'certain' }, 'good'],
    [{ correct: true, confidence: 'certain', seconds: undefined }, 'good'],
    [{ correct: true, confidence: 'certain', seconds: Number.NaN }, 'good'],
    [{ correct: true, confidence: 'certain', seconds: -1 }, 'good'],
    [{ correct: true, confidence: 'fairly-sure', seconds: 5 }, 'good'],
    [{ correct: true, confidence: 'fairly-sure', seconds: 300 }, 'good'],
    [{ correct: true }, 'good'],
    [{ correct: true, seconds: 5 }, 'good'],
  ];
  it.each(table)('%o → %s', (outcome, grade) => {
    expect(gradeAnswer(outcome)).toBe(grade);
  });

  it('puts the easy threshold at one minute', () => {
    expect(EASY_MAX_SECONDS).toBe(60);
  });
});
