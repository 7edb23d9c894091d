// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  NEW_CARDS_PER_SESSION,
  countQueue,
  nextDue,
  queueItems,
  selectQueue,
  type Flashcard,
} from '../../../src/domain/review';

const NOW = Date.parse('2026-12-05T09:00:00.000Z');
const card = (id: string, kind: Flashcard['kind'], lesson = 'upstreams'): Flashcard => ({
  id,
  kind,
  sourceId: id,
  lesson,
  ask: 'a',
  front: 'f',
  back: 'b',
});
const cards = [
  card('term:a', 'term'),
  card('term:b', 'term', 'signer'),
  card('trap:c', 'trap'),
  card('number:d', 'number', 'signer'),
];
const studied = new Map([
  ['term:a', NOW - 1_000],
  ['trap:c', NOW + 60_000],
]);
const questions = [
  { id: 'signer-02', lesson: 'signer', due: NOW - 5_000 },
  { id: 'upstreams-01', lesson: 'upstreams', due: NOW + 3_600_000 },
];
const items = queueItems(cards, studied, questions);

describe('review queue', () => {
  it('puts due items first, most overdue first, then new cards; nothing due later', () => {
    expect(selectQueue(items, NOW).map((i) => i.id)).toEqual([
      'signer-02',
      'term:a',
      'term:b',
      'number:d',
    ]);
  });

  it('filters by kind and by lesson', () => {
    expect(selectQueue(items, NOW, { kinds: ['term'] }).map((i) => i.id)).toEqual([
      'term:a',
      'term:b',
    ]);
    expect(selectQueue(items, NOW, { lesson: 'signer' }).map((i) => i.id)).toEqual([
      'signer-02',
      'term:b',
      'number:d',
    ]);
  });

  it(`introduces at most ${NEW_CARDS_PER_SESSION} new cards, but all of a lesson's`, () => {
    const many = Array.from({ length: 30 }, (_, i) => card(`term:t${i}`, 'term'));
    const all = queueItems(many, new Map(), []);
    expect(selectQueue(all, NOW)).toHaveLength(NEW_CARDS_PER_SESSION);
    expect(selectQueue(all, NOW, { lesson: 'upstreams' })).toHaveLength(30);
  });

  it('counts due and new items per kind', () => {
    expect(countQueue(items, NOW)).toEqual({
      question: { due: 1, new: 0 },
      term: { due: 1, new: 1 },
      trap: { due: 0, new: 0 },
      number: { due: 0, new: 1 },
    });
  });

  it('finds the next due time among what is not due yet', () => {
    expect(nextDue(items, NOW)).toBe(NOW + 60_000);
    expect(nextDue(items, NOW, { kinds: ['question'] })).toBe(NOW + 3_600_000);
    expect(nextDue(items, NOW, { kinds: ['number'] })).toBeNull();
  });
});
