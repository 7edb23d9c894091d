import { NEW_CARDS_PER_SESSION } from '../../domain/review';

/**
 * What spaced review is and how the queue is built. Part of the prerendered page, so the first
 * paint already carries the page's main text (and its largest paint) before the queue loads.
 */
export function ReviewIntro() {
  return (
    <p className="review-intro">
      Spaced review brings each item back just before you would forget it: a miss returns soon, what
      you know waits longer each time. A question joins once you answer it in a quiz, graded by
      whether you were right, how sure you were and how fast. Flashcards of terms, traps and key
      numbers start as new cards, up to {NEW_CARDS_PER_SESSION} a session. Overdue items come first,
      then new cards.
    </p>
  );
}
