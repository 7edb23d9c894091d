/**
 * Spaced repetition over ts-fsrs: one card per question or flashcard, stored as plain JSON.
 *
 * The scheduler runs with ts-fsrs's default parameters and no fuzz, so the same history always
 * gives the same due dates. Cards are stored with every Date as an ISO string (IndexedDB and the
 * export file both round-trip them as JSON); {@link parseCard} revives them and, because stored
 * data can be old or damaged, never throws: a card it cannot read becomes a fresh one.
 */
import * as z from 'zod/mini';
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
} from 'ts-fsrs';
import type { ReviewGrade } from './grade';
import type { ReviewCardRow } from './types';

/** Default FSRS parameters, fuzz off: deterministic. */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const RATING: Readonly<Record<ReviewGrade, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATE_NAMES: Readonly<Record<string, State>> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

/** A Date, an ISO string or epoch milliseconds that denotes a real instant; otherwise null. */
function toDate(value: unknown): Date | null {
  let date: Date;
  if (value instanceof Date) date = new Date(value.getTime());
  else if (typeof value === 'string' || typeof value === 'number') date = new Date(value);
  else return null;
  return Number.isFinite(date.getTime()) ? date : null;
}

const dateLike = z.custom<Date | string | number>((value) => toDate(value) !== null);
const count = z.number().check(z.int(), z.gte(0));
const measure = z.number().check(z.gte(0)); // z.number() already refuses NaN and ±Infinity

/**
 * What a stored card must look like. `learning_steps` and `elapsed_days` may be missing (cards
 * written before ts-fsrs 5 have no `learning_steps`; `elapsed_days` is deprecated).
 */
const storedCardSchema = z.object({
  due: dateLike,
  stability: measure,
  difficulty: measure,
  elapsed_days: z.optional(measure),
  scheduled_days: measure,
  learning_steps: z.optional(count),
  reps: count,
  lapses: count,
  state: z.union([
    z.literal(State.New),
    z.literal(State.Learning),
    z.literal(State.Review),
    z.literal(State.Relearning),
    z.enum(['New', 'Learning', 'Review', 'Relearning']),
  ]),
  last_review: z.optional(z.nullable(dateLike)),
});

/** The card as stored: every Date becomes its ISO string, absent fields are left out. */
export function serializeCard(card: Card): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card)) {
    if (value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * The ts-fsrs card of a stored row, with its dates revived. Accepts ISO strings, epoch
 * milliseconds or Date values (a row written before serialisation). Never throws: a missing or
 * unreadable card gives a fresh, empty card, due at the row's `lastAnsweredAt` when that is a
 * valid time, else at the epoch, so due at once either way.
 */
export function parseCard(
  row: { card?: unknown; lastAnsweredAt?: unknown } | null | undefined,
): Card {
  const parsed = storedCardSchema.safeParse(row?.card);
  if (!parsed.success) return createEmptyCard(toDate(row?.lastAnsweredAt) ?? new Date(0));
  const stored = parsed.data;
  const card: Card = {
    due: toDate(stored.due) ?? new Date(0),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days ?? 0,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps ?? 0,
    reps: stored.reps,
    lapses: stored.lapses,
    state:
      typeof stored.state === 'number' ? stored.state : (STATE_NAMES[stored.state] ?? State.New),
  };
  const lastReview = toDate(stored.last_review);
  if (lastReview) card.last_review = lastReview;
  return card;
}

/** A card's scheduling state after a review: the same for question cards and flashcards. */
export interface ScheduledCard {
  /** ts-fsrs card with dates as ISO strings. */
  card: Record<string, unknown>;
  /** Due time in epoch milliseconds. */
  due: number;
  lapses: number;
  lastAnsweredAt: string;
}

/**
 * A card after one more review, graded `grade`, answered at `now` (ISO-8601). Without a
 * previous state the card starts new. A card whose last review is later than `now` (a clock set
 * back, or a damaged row) is treated as last reviewed at `now`, so a bad timestamp cannot pin the
 * card in the future and `due` is never before `now`. Throws a RangeError only for an
 * unparseable (or unrepresentably late) `now` or an unknown grade.
 */
export function scheduleCard(
  previous: { card?: unknown; lastAnsweredAt?: unknown } | undefined,
  grade: ReviewGrade,
  now: string,
): ScheduledCard {
  const answeredAt = toDate(now);
  if (typeof now !== 'string' || !answeredAt)
    throw new RangeError(`scheduleReview: "${String(now)}" is not a time`);
  if (!Object.hasOwn(RATING, grade))
    throw new RangeError(`scheduleReview: unknown grade "${String(grade)}"`);
  const rating = RATING[grade];

  let card = previous ? parseCard(previous) : createEmptyCard(answeredAt);
  if (card.last_review && card.last_review > answeredAt)
    card = { ...card, last_review: answeredAt };
  // Validated input keeps ts-fsrs's arithmetic finite; should it still fail, start the card
  // afresh rather than throw or store an Invalid Date.
  const next =
    review(card, answeredAt, rating) ?? review(createEmptyCard(answeredAt), answeredAt, rating);
  if (!next) throw new RangeError(`scheduleReview: "${now}" is too late to schedule from`);

  return {
    card: serializeCard(next),
    due: next.due.getTime(),
    lapses: next.lapses,
    lastAnsweredAt: answeredAt.toISOString(),
  };
}

/** The question's card after one more review: {@link scheduleCard} keyed by the question id. */
export function scheduleReview(
  previous: ReviewCardRow | undefined,
  questionId: string,
  grade: ReviewGrade,
  now: string,
): ReviewCardRow {
  return { questionId, ...scheduleCard(previous, grade, now) };
}

/** When the card would next be due (epoch ms) for each grade answered at `now`. */
export function dueByGrade(
  previous: { card?: unknown; lastAnsweredAt?: unknown } | undefined,
  now: string,
): Record<ReviewGrade, number> {
  return {
    again: scheduleCard(previous, 'again', now).due,
    hard: scheduleCard(previous, 'hard', now).due,
    good: scheduleCard(previous, 'good', now).due,
    easy: scheduleCard(previous, 'easy', now).due,
  };
}

/** ts-fsrs's next card, or null when it throws or gives a due time that is not a real instant. */
function review(card: Card, at: Date, rating: Grade): Card | null {
  try {
    const next = scheduler.next(card, at, rating).card;
    return Number.isFinite(next.due.getTime()) && next.due >= at ? next : null;
  } catch {
    return null;
  }
}

/** Whether the card is due at `nowMs` (epoch ms). A row without a readable due time is due. */
export function isDue(row: Pick<ReviewCardRow, 'due'>, nowMs: number): boolean {
  return !(row.due > nowMs);
}
