// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REVIEW_GRADES,
  dueByGrade,
  isDue,
  scheduleCard,
  parseCard,
  scheduleReview,
  serializeCard,
  type ReviewCardRow,
  type ReviewGrade,
} from '../../../src/domain/review';
import type { ReviewCardRow as DbReviewCardRow } from '../../../src/db/types';

const T0 = '2025-03-01T09:00:00.000Z';
const T0_MS = Date.parse(T0);
const MINUTE = 60_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Answers `grades` in order, each one at the moment the card fell due. */
function history(grades: ReviewGrade[], start = T0): ReviewCardRow[] {
  const rows: ReviewCardRow[] = [];
  let previous: ReviewCardRow | undefined;
  let at = start;
  for (const grade of grades) {
    previous = scheduleReview(previous, 'q-01', grade, at);
    rows.push(previous);
    at = iso(previous.due);
  }
  return rows;
}

describe('scheduleReview', () => {
  it('makes a row of the db shape', () => {
    const row: DbReviewCardRow = scheduleReview(undefined, 'ecr-lifecycle-03', 'good', T0);
    expect(row.questionId).toBe('ecr-lifecycle-03');
    expect(row.lastAnsweredAt).toBe(T0);
    expect(row.lapses).toBe(0);
    expect(row.due).toBe(Date.parse(row.card.due as string));
    expect(row.card.last_review).toBe(T0);
    expect(row.due).toBeGreaterThan(T0_MS);
  });

  it('stores every date of the card as an ISO string, and nothing that is not JSON', () => {
    const row = history(['good', 'good', 'again', 'good']).at(-1)!;
    for (const value of Object.values(row.card)) {
      expect(value instanceof Date).toBe(false);
      expect(['string', 'number']).toContain(typeof value);
    }
    expect(row.card.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(row.card.last_review).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('brings a new card answered wrong back sooner than one answered right', () => {
    const wrong = scheduleReview(undefined, 'q-01', 'again', T0);
    const hard = scheduleReview(undefined, 'q-01', 'hard', T0);
    const good = scheduleReview(undefined, 'q-01', 'good', T0);
    const easy = scheduleReview(undefined, 'q-01', 'easy', T0);
    expect(wrong.due).toBeLessThan(good.due);
    expect(wrong.due).toBeLessThan(easy.due);
    expect(wrong.due).toBeLessThanOrEqual(hard.due);
    expect(good.due).toBeLessThan(easy.due);
    expect(wrong.due - T0_MS).toBeLessThanOrEqual(10 * MINUTE);
  });

  it('pushes the next review further out with each good answer', () => {
    const rows = history(['good', 'good', 'good', 'good', 'good', 'good']);
    const intervals = rows.map((row) => row.due - Date.parse(row.lastAnsweredAt));
    for (let i = 1; i < intervals.length; i += 1)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(30 * DAY);
  });

  it('counts a lapse when a learned card is answered wrong, and brings it back soon', () => {
    const rows = history(['good', 'good', 'good', 'again']);
    const [, , learned, lapsed] = rows;
    expect(learned!.lapses).toBe(0);
    expect(lapsed!.lapses).toBe(1);
    expect(lapsed!.card.lapses).toBe(1);
    expect(lapsed!.due - Date.parse(lapsed!.lastAnsweredAt)).toBeLessThan(DAY);
  });

  it('is deterministic: the same inputs give the same row', () => {
    const grades: ReviewGrade[] = ['good', 'hard', 'again', 'good', 'easy', 'good'];
    expect(history(grades)).toEqual(history(grades));
    const previous = history(['good', 'good']).at(-1)!;
    const at = iso(previous.due + 3 * DAY);
    expect(scheduleReview(previous, 'q-01', 'good', at)).toEqual(
      scheduleReview(previous, 'q-01', 'good', at),
    );
  });

  it('does not change the previous row', () => {
    const previous = history(['good', 'good']).at(-1)!;
    const copy = structuredClone(previous);
    scheduleReview(previous, 'q-01', 'again', iso(previous.due));
    expect(previous).toEqual(copy);
  });

  it('schedules the same from a row that went through JSON or structured clone', () => {
    const previous = history(['good', 'easy', 'again']).at(-1)!;
    const at = iso(previous.due + DAY);
    const direct = scheduleReview(previous, 'q-01', 'good', at);
    expect(
      scheduleReview(JSON.parse(JSON.stringify(previous)) as ReviewCardRow, 'q-01', 'good', at),
    ).toEqual(direct);
    expect(scheduleReview(structuredClone(previous), 'q-01', 'good', at)).toEqual(direct);
    expect(JSON.parse(JSON.stringify(direct))).toEqual(direct);
  });

  it('treats a card last reviewed after now (clock set back) as reviewed now', () => {
    const previous = history(['good', 'good']).at(-1)!;
    const lastReview = Date.parse(previous.card.last_review as string);
    const earlier = iso(lastReview - 2 * DAY);
    const row = scheduleReview(previous, 'q-01', 'good', earlier);
    expect(row.lastAnsweredAt).toBe(earlier);
    expect(row.card.last_review).toBe(earlier);
    expect(row.due).toBeGreaterThan(Date.parse(earlier));
    expect(row.card.reps).toBe(3);
  });

  it('does not let a last review at the end of time pin the card there', () => {
    const previous = history(['good', 'good']).at(-1)!;
    for (const lastReview of ['+275760-09-12T23:59:59.000Z', '+200000-01-01T00:00:00.000Z']) {
      const row = scheduleReview(
        { ...previous, card: { ...previous.card, last_review: lastReview } },
        'q-01',
        'good',
        T0,
      );
      expect(row.due).toBeGreaterThan(T0_MS);
      expect(row.due).toBeLessThan(T0_MS + 365 * DAY);
    }
  });

  it('starts a fresh card when the previous row is corrupt', () => {
    const corrupt: ReviewCardRow = {
      questionId: 'q-01',
      card: { due: 'soon' },
      due: Number.NaN,
      lapses: 0,
      lastAnsweredAt: 'never',
    };
    expect(scheduleReview(corrupt, 'q-01', 'good', T0)).toEqual(
      scheduleReview(undefined, 'q-01', 'good', T0),
    );
  });

  it('refuses a time that is not one, and an unknown grade', () => {
    expect(() => scheduleReview(undefined, 'q-01', 'good', 'yesterday')).toThrow(RangeError);
    expect(() => scheduleReview(undefined, 'q-01', 'perfect' as ReviewGrade, T0)).toThrow(
      RangeError,
    );
  });
});

describe('parseCard', () => {
  it('revives the dates of a stored card', () => {
    const row = history(['good', 'good']).at(-1)!;
    const card = parseCard(JSON.parse(JSON.stringify(row)) as ReviewCardRow);
    expect(card.due).toBeInstanceOf(Date);
    expect(card.due.getTime()).toBe(row.due);
    expect(card.last_review).toBeInstanceOf(Date);
    expect(card.last_review!.toISOString()).toBe(row.card.last_review);
    expect(serializeCard(card)).toEqual(row.card);
  });

  it('restores a card whose dates are still Date values', () => {
    const due = new Date('2025-03-04T09:00:00.000Z');
    const lastReview = new Date('2025-03-01T09:00:00.000Z');
    const card = parseCard({
      card: {
        due,
        stability: 3.2,
        difficulty: 5.1,
        elapsed_days: 0,
        scheduled_days: 3,
        learning_steps: 0,
        reps: 2,
        lapses: 0,
        state: 2,
        last_review: lastReview,
      },
    });
    expect(card).toEqual({
      due,
      stability: 3.2,
      difficulty: 5.1,
      elapsed_days: 0,
      scheduled_days: 3,
      learning_steps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
      last_review: lastReview,
    });
    expect(card.due).not.toBe(due); // a copy: the stored object is not shared
  });

  it('accepts state names, epoch-millisecond dates and a card from before learning_steps', () => {
    const card = parseCard({
      card: {
        due: T0_MS,
        stability: 1,
        difficulty: 5,
        scheduled_days: 1,
        reps: 1,
        lapses: 0,
        state: 'Review',
        last_review: null,
      },
    });
    expect(card.due.toISOString()).toBe(T0);
    expect(card.state).toBe(2);
    expect(card.learning_steps).toBe(0);
    expect(card.elapsed_days).toBe(0);
    expect(card.last_review).toBeUndefined();
  });

  const fresh = {
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
  const good = serializeCard(parseCard(history(['good']).at(-1)!));
  const corrupt: [string, unknown][] = [
    ['no card', undefined],
    ['null', null],
    ['a string', 'card'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['an unreadable due', { ...good, due: 'tomorrow' }],
    ['NaN stability', { ...good, stability: Number.NaN }],
    ['negative reps', { ...good, reps: -1 }],
    ['fractional lapses', { ...good, lapses: 0.5 }],
    ['an unknown state', { ...good, state: 7 }],
    ['an unreadable last review', { ...good, last_review: {} }],
  ];
  it.each(corrupt)('gives a fresh card for %s, due at the last answer', (_, card) => {
    const parsed = parseCard({ card, lastAnsweredAt: T0 });
    expect(parsed).toMatchObject(fresh);
    expect(parsed.due.toISOString()).toBe(T0);
  });

  it('gives a fresh card due at the epoch when the row has no readable time either', () => {
    expect(parseCard({ card: { due: 'x' }, lastAnsweredAt: 'x' }).due.getTime()).toBe(0);
    expect(parseCard(undefined).due.getTime()).toBe(0);
    expect(parseCard(null)).toMatchObject(fresh);
  });
});

describe('isDue', () => {
  const row = scheduleReview(undefined, 'q-01', 'good', T0);
  it('is due from its due time on', () => {
    expect(isDue(row, row.due - 1)).toBe(false);
    expect(isDue(row, row.due)).toBe(true);
    expect(isDue(row, row.due + DAY)).toBe(true);
  });
  it('counts a row without a readable due time as due', () => {
    expect(isDue({ due: Number.NaN }, T0_MS)).toBe(true);
  });
});

describe('properties', () => {
  const grade = fc.constantFrom(...REVIEW_GRADES);
  // Gaps from a second to two years; a start anywhere from 2000 to 2100.
  const step = fc.record({ grade, gap: fc.integer({ min: 1_000, max: 730 * DAY }) });
  const start = fc.integer({
    min: Date.parse('2000-01-01T00:00:00Z'),
    max: Date.parse('2100-01-01T00:00:00Z'),
  });

  it('never throws, and never makes a card due before its review, for any grades at increasing times', () => {
    fc.assert(
      fc.property(start, fc.array(step, { minLength: 1, maxLength: 25 }), (t0, steps) => {
        let previous: ReviewCardRow | undefined;
        let at = t0;
        let lapses = 0;
        for (const { grade: g, gap } of steps) {
          at += gap;
          const row = scheduleReview(previous, 'q-01', g, iso(at));
          expect(Number.isFinite(row.due)).toBe(true);
          expect(row.due).toBeGreaterThanOrEqual(at);
          expect(row.lastAnsweredAt).toBe(iso(at));
          expect(row.lapses).toBeGreaterThanOrEqual(lapses);
          expect(JSON.parse(JSON.stringify(row))).toEqual(row);
          lapses = row.lapses;
          previous = row;
        }
      }),
    );
  });

  it('never throws on whatever is stored as the card', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        {
          due: fc.oneof(
            fc.date({ noInvalidDate: false }),
            fc.string(),
            fc.double(),
            fc.constant(null),
          ),
          stability: fc.double(),
          difficulty: fc.double(),
          elapsed_days: fc.double(),
          scheduled_days: fc.double(),
          learning_steps: fc.oneof(fc.integer(), fc.double()),
          reps: fc.integer(),
          lapses: fc.integer(),
          state: fc.oneof(
            fc.integer({ min: -1, max: 5 }),
            fc.constantFrom('New', 'Learning', 'Review', 'Relearning', 'Lost'),
          ),
          last_review: fc.oneof(
            fc.date({ noInvalidDate: false }),
            fc.string(),
            fc.double(),
            fc.constant(null),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(junk, fc.string(), grade, (card, lastAnsweredAt, g) => {
        const previous = {
          questionId: 'q-01',
          card,
          due: 0,
          lapses: 0,
          lastAnsweredAt,
        } as ReviewCardRow;
        expect(() => parseCard(previous)).not.toThrow();
        const row = scheduleReview(previous, 'q-01', g, T0);
        expect(Number.isFinite(row.due)).toBe(true);
        expect(row.due).toBeGreaterThanOrEqual(T0_MS);
      }),
    );
  });
});

describe('dueByGrade', () => {
  it('gives each grade the due time scheduleCard gives it, harder grades sooner', () => {
    const previous = scheduleCard(undefined, 'good', T0);
    const at = iso(previous.due);
    const due = dueByGrade(previous, at);
    for (const grade of REVIEW_GRADES)
      expect(due[grade]).toBe(scheduleCard(previous, grade, at).due);
    expect(due.again).toBeLessThan(due.hard);
    expect(due.hard).toBeLessThanOrEqual(due.good);
    expect(due.good).toBeLessThan(due.easy);
  });
});
