import { describe, expect, it } from 'vitest';
import { describeAttempt, simulationScopeLabel } from '../../../src/domain/quiz/attemptLabel';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `q-${i}`);

describe('describeAttempt', () => {
  it('names an exam simulation by its label, not as a timed exam', () => {
    expect(
      describeAttempt({
        mode: 'exam',
        scopeLabel: simulationScopeLabel('1.3'),
        questionIds: ids(65),
      }),
    ).toEqual({ kind: 'Exam simulation', scope: null, summary: 'Exam simulation, 65 questions' });
  });

  it('names a timed exam and a practice quiz with their scope', () => {
    expect(
      describeAttempt({ mode: 'exam', scopeLabel: 'All lessons', questionIds: ids(20) }).summary,
    ).toBe('Timed exam, 20 questions — All lessons');
    expect(
      describeAttempt({
        mode: 'practice',
        scopeLabel: 'Trap: Origin controls',
        questionIds: ids(1),
      }),
    ).toEqual({
      kind: 'Practice',
      scope: 'Trap: Origin controls',
      summary: 'Practice, 1 question — Trap: Origin controls',
    });
  });

  it('does not take a practice quiz for a simulation', () => {
    expect(
      describeAttempt({
        mode: 'practice',
        scopeLabel: simulationScopeLabel('1.3'),
        questionIds: ids(5),
      }).kind,
    ).toBe('Practice');
  });
});
