import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { getFlashcard } from '../../db/flashcards';
import {
  REVIEW_GRADES,
  dueByGrade,
  dueInWords,
  type Flashcard,
  type ReviewGrade,
} from '../../domain/review';
import { useFlashcardKeys } from './useFlashcardKeys';
import { Button } from '../../components/Button';

const GRADE_LABELS: Record<ReviewGrade, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

const KIND_LABELS: Record<Flashcard['kind'], string> = {
  term: 'Term',
  trap: 'Trap',
  number: 'Number',
};

/** Where a card's source is explained: the glossary entry, or the lesson. */
function sourceLink(card: Flashcard) {
  return card.kind === 'term'
    ? { to: `/glossary#${card.sourceId}`, label: 'Glossary entry' }
    : { to: `/learn/${card.lesson}`, label: 'Open the lesson' };
}

/** One flashcard: the front, then (Space) the back and four grades (1–4) with when each brings it back. */
export function FlashcardView({
  card,
  onGraded,
}: {
  card: Flashcard;
  onGraded: (grade: ReviewGrade) => void;
}) {
  const [flipped, setFlipped] = useState(false);
  const region = useRef<HTMLElement>(null);
  const row = useLiveQuery(
    () => getFlashcard(card.id).then((r) => r ?? null),
    [card.id],
    'loading',
  );
  const [shownAt] = useState(() => Date.now());
  const previews =
    row === 'loading' ? null : dueByGrade(row ?? undefined, new Date(shownAt).toISOString());

  // Each new card takes the focus, so Space and the digits act on it straight away; without
  // scrolling, so the page does not jump when the queue arrives under the intro.
  useEffect(() => {
    region.current?.focus({ preventScroll: true });
  }, [card.id]);

  const flip = () => setFlipped(true);
  useFlashcardKeys({ flipped, onFlip: flip, onGrade: onGraded });
  const link = sourceLink(card);

  return (
    <section
      ref={region}
      className="card flashcard"
      tabIndex={-1}
      aria-labelledby="flashcard-front"
      data-kind={card.kind}
    >
      <p className="flashcard-ask">
        <span className="flashcard-kind">{KIND_LABELS[card.kind]}</span> {card.ask}
      </p>
      <h2 id="flashcard-front" className="flashcard-front">
        {card.front}
      </h2>
      <div aria-live="polite">
        {flipped && (
          <div className="flashcard-back">
            <p className="flashcard-answer">{card.back}</p>
            {card.detail && <p className="muted">{card.detail}</p>}
            <p>
              <Link to={link.to}>{link.label}</Link>
            </p>
          </div>
        )}
      </div>
      {!flipped ? (
        <div className="quiz-actions">
          <Button variant="primary" onClick={flip}>
            Show answer <kbd>Space</kbd>
          </Button>
        </div>
      ) : (
        <div className="grade-buttons" role="group" aria-label="How well did you remember it?">
          {REVIEW_GRADES.map((grade, i) => (
            <button
              key={grade}
              type="button"
              className={`button grade-button${grade === 'good' ? ' button-primary' : ''}`}
              onClick={() => onGraded(grade)}
            >
              <kbd>{i + 1}</kbd> {GRADE_LABELS[grade]}
              {previews && (
                <span className="grade-due">{dueInWords(previews[grade], shownAt)}</span>
              )}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
