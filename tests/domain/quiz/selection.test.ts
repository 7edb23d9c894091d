// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/domain/quiz/schema';
import { questionsInScope, selectQuestions } from '../../../src/domain/quiz/selection';

const q = (id: string, lesson: string, traps: string[]) =>
  ({ id, lesson, traps }) as unknown as Question;
const bank = [
  q('upstreams-01', 'upstreams', ['intermediate-retention']),
  q('upstreams-02', 'upstreams', ['upstream-search-order']),
  q('signer-01', 'signer', ['lambda-warn-vs-enforce', 'intermediate-retention']),
];

describe('question selection', () => {
  it('filters by lesson, trap and id lists', () => {
    expect(questionsInScope(bank, { kind: 'all' })).toHaveLength(3);
    expect(
      questionsInScope(bank, { kind: 'lesson', lesson: 'upstreams' }).map((x) => x.id),
    ).toEqual(['upstreams-01', 'upstreams-02']);
    expect(
      questionsInScope(bank, { kind: 'trap', trap: 'intermediate-retention' }).map((x) => x.id),
    ).toEqual(['upstreams-01', 'signer-01']);
    expect(
      questionsInScope(bank, { kind: 'missed', questionIds: ['signer-01', 'gone-01'] }).map(
        (x) => x.id,
      ),
    ).toEqual(['signer-01']);
  });

  it('takes at most the requested count, in a seeded order', () => {
    expect(selectQuestions(bank, { kind: 'all' }, 2, 42)).toHaveLength(2);
    expect(selectQuestions(bank, { kind: 'all' }, 2, 42)).toEqual(
      selectQuestions(bank, { kind: 'all' }, 2, 42),
    );
    expect(selectQuestions(bank, { kind: 'all' }, 99, 1)).toHaveLength(3);
    expect(selectQuestions(bank, { kind: 'all' }, -1, 1)).toHaveLength(0);
  });
});
