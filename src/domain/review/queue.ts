/**
 * The one review queue over questions and flashcards. A question enters it once answered in a
 * quiz; a flashcard is new until first graded. Due items come first, most overdue first; new
 * flashcards follow in deck order, a few at a time, unless one lesson's cards are being studied.
 */
import type { Flashcard, FlashcardKind } from './decks';

export const QUEUE_KINDS = ['question', 'term', 'trap', 'number'] as const;
export type QueueKind = 'question' | FlashcardKind;

export interface QueueItem {
  kind: QueueKind;
  /** A flashcard id, or a question id. */
  id: string;
  lesson: string;
  /** When it is due (epoch ms); null for a flashcard never studied. */
  due: number | null;
}

/** New flashcards a session introduces when it is not one lesson's study. */
export const NEW_CARDS_PER_SESSION = 20;

/** Every item that can be reviewed: the deck, with each card's due time, and answered questions. */
export function queueItems(
  cards: readonly Flashcard[],
  cardDue: ReadonlyMap<string, number>,
  questions: readonly { id: string; lesson: string; due: number }[],
): QueueItem[] {
  return [
    ...questions.map((q): QueueItem => ({ kind: 'question', ...q })),
    ...cards.map((c): QueueItem => ({
      kind: c.kind,
      id: c.id,
      lesson: c.lesson,
      due: cardDue.get(c.id) ?? null,
    })),
  ];
}

export interface QueueFilter {
  /** Kinds to include; all when absent or empty. */
  kinds?: readonly QueueKind[];
  /** Only this lesson's items, and all of its new cards. */
  lesson?: string;
}

const matches = (item: QueueItem, { kinds, lesson }: QueueFilter) =>
  (!kinds?.length || kinds.includes(item.kind)) && (!lesson || item.lesson === lesson);

/** What to study now, in order: due items by due time, then new cards. */
export function selectQueue(items: readonly QueueItem[], nowMs: number, filter: QueueFilter = {}) {
  const chosen = items.filter((item) => matches(item, filter));
  const due = chosen
    .filter((item) => item.due !== null && item.due <= nowMs)
    .sort((a, b) => a.due! - b.due!);
  const fresh = chosen.filter((item) => item.due === null);
  return [...due, ...(filter.lesson ? fresh : fresh.slice(0, NEW_CARDS_PER_SESSION))];
}

export type QueueCounts = Record<QueueKind, { due: number; new: number }>;

/** Due and new items of each kind at `nowMs` (new counts every unstudied card, not one session's). */
export function countQueue(items: readonly QueueItem[], nowMs: number, filter: QueueFilter = {}) {
  const counts = Object.fromEntries(
    QUEUE_KINDS.map((kind) => [kind, { due: 0, new: 0 }]),
  ) as QueueCounts;
  for (const item of items) {
    if (!matches(item, filter)) continue;
    if (item.due === null) counts[item.kind].new += 1;
    else if (item.due <= nowMs) counts[item.kind].due += 1;
  }
  return counts;
}

/** The soonest due time after `nowMs` among the items, or null. */
export function nextDue(items: readonly QueueItem[], nowMs: number, filter: QueueFilter = {}) {
  const later = items
    .filter((item) => matches(item, filter) && item.due !== null && item.due > nowMs)
    .map((item) => item.due!);
  return later.length ? Math.min(...later) : null;
}
