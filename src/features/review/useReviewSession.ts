import { startTransition, useEffect, useState } from 'react';
import { useReviewItems } from '../../components/review/useReviewItems';
import { loadLessonQuestions, type Question } from '../../content/questions';
import { selectQueue, type Flashcard, type QueueFilter, type QueueItem } from '../../domain/review';

export interface ReviewSession {
  key: string;
  /** Fixed when the session starts: grading a card does not reshuffle what is left. */
  queue: QueueItem[];
  questions: ReadonlyMap<string, Question>;
  cards: ReadonlyMap<string, Flashcard>;
}

/**
 * The queue for a filter, taken once per `round` (a new round after finishing starts afresh), with
 * the question files of the due questions loaded. Also returns the live items, for counts.
 */
export function useReviewSession(filter: QueueFilter, round: number) {
  const data = useReviewItems();
  const [session, setSession] = useState<ReviewSession | null>(null);
  const key = `${filter.kinds?.join(',') ?? ''}|${filter.lesson ?? ''}|${round}`;
  const ready = data !== undefined;

  useEffect(() => {
    if (!data || session?.key === key) return;
    const queue = selectQueue(data.items, Date.now(), filter);
    const lessons = [...new Set(queue.filter((i) => i.kind === 'question').map((i) => i.lesson))];
    let live = true;
    void Promise.all(lessons.map(loadLessonQuestions)).then((files) => {
      if (!live) return;
      const questions = new Map(files.flat().map((q) => [q.id, q]));
      // A transition: the first card's render yields to input instead of holding the thread.
      startTransition(() =>
        setSession({
          key,
          // A question answered once but since removed from the bank has nothing to show.
          queue: queue.filter((i) => i.kind !== 'question' || questions.has(i.id)),
          questions,
          cards: data.cards,
        }),
      );
    });
    return () => {
      live = false;
    };
    // The session is taken once per key; later changes to the items must not reshuffle it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, key]);

  return { items: data?.items, session: session?.key === key ? session : null };
}
