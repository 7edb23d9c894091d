import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { lessonOnlyQuestionIds } from '../../content/lessonOnlyQuestions';
import { lessonOfQuestion } from '../../content/questions';
import { listFlashcards } from '../../db/flashcards';
import { listReviewCards } from '../../db/reviewCards';
import type { Flashcard } from '../../domain/review/decks';
import { queueItems, type QueueItem } from '../../domain/review/queue';

import type * as DeckModule from '../../content/flashcards';

type Deck = typeof DeckModule;

export interface ReviewItems {
  items: QueueItem[];
  cards: ReadonlyMap<string, Flashcard>;
}

/**
 * Everything reviewable, kept live: answered exam-pool questions and every flashcard with its due
 * time.
 * The deck (glossary, traps, numbers) loads on demand, so pages that only count stay light.
 */
export function useReviewItems(): ReviewItems | undefined {
  const rows = useLiveQuery(() => Promise.all([listReviewCards(), listFlashcards()]));
  const [deck, setDeck] = useState<Deck | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../content/flashcards').then((module) => live && setDeck(module));
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (!rows || !deck) return undefined;
    const [questionRows, cardRows] = rows;
    return {
      items: queueItems(
        deck.flashcards,
        new Map(cardRows.map((c) => [c.cardId, c.due])),
        // Lesson-only questions never enter quizzes; a card left from before they moved out stays out.
        questionRows
          .filter((q) => !lessonOnlyQuestionIds.has(q.questionId))
          .map((q) => ({
            id: q.questionId,
            lesson: lessonOfQuestion(q.questionId),
            due: q.due,
          })),
      ),
      cards: deck.flashcardsById,
    };
  }, [rows, deck]);
}
