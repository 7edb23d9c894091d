/**
 * Flashcard decks generated from the content, never written twice: every glossary term in both
 * directions, every trap, and every number fact. A card's id is stable (`kind:source-id`, with
 * `:reverse` for definition → term) so its spaced-repetition state survives content edits.
 */
import type { GlossaryEntry, NumberFact, Trap } from '../content/schemas';

export type FlashcardKind = 'term' | 'trap' | 'number';

export interface Flashcard {
  id: string;
  kind: FlashcardKind;
  /** The glossary entry, trap or number fact the card comes from. */
  sourceId: string;
  lesson: string;
  /** What the learner is asked to do with the front. */
  ask: string;
  front: string;
  back: string;
  detail?: string;
}

export interface DeckContent {
  glossary: readonly GlossaryEntry[];
  traps: readonly Trap[];
  numbers: readonly NumberFact[];
}

export function buildDecks({ glossary, traps, numbers }: DeckContent): Flashcard[] {
  return [
    ...glossary.flatMap((g) => [
      card('term', g, { ask: 'Define the term', front: g.term, back: g.definition }),
      card('term', g, { ask: 'Name the term', front: g.definition, back: g.term }, ':reverse'),
    ]),
    ...traps.map((t) =>
      card('trap', t, {
        ask: 'A question fits this pattern: what is the right move, and why?',
        front: t.title,
        back: t.summary,
      }),
    ),
    ...numbers.map((n) =>
      card('number', n, {
        ask: 'Recall the exact value',
        front: n.prompt,
        back: n.answer,
        ...(n.detail ? { detail: n.detail } : {}),
      }),
    ),
  ];
}

/** A card of `kind` made from `source`, with its stable id. */
function card(
  kind: FlashcardKind,
  source: { id: string; lesson: string },
  face: Pick<Flashcard, 'ask' | 'front' | 'back' | 'detail'>,
  suffix = '',
): Flashcard {
  return {
    id: `${kind}:${source.id}${suffix}`,
    kind,
    sourceId: source.id,
    lesson: source.lesson,
    ...face,
  };
}
