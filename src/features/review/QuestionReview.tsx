import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { QuestionView } from '../../components/QuestionView';
import type { Question } from '../../content/questions';
import { recordAnswers } from '../../db/recordAnswers';
import { getReviewCard } from '../../db/reviewCards';
import { isAnswerCorrect } from '../../domain/quiz/scoring';
import type { Confidence } from '../../domain/review';

const CONFIDENCE: { value: Confidence; label: string }[] = [
  { value: 'unsure', label: 'Unsure — I guessed' },
  { value: 'fairly-sure', label: 'Fairly sure' },
  { value: 'certain', label: 'Certain' },
];

/** A due question, answered practice style; the answer (and how sure) reschedules it. */
export function QuestionReview({
  question,
  last,
  onDone,
}: {
  question: Question;
  last: boolean;
  /** Called with the question's next due time once the answer is stored. */
  onDone: (due: number) => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [shownAt] = useState(() => Date.now());
  const saving = useRef(false);
  const correct = isAnswerCorrect(question, selected);

  const next = async () => {
    if (saving.current) return;
    saving.current = true;
    await recordAnswers(
      [
        {
          questionId: question.id,
          correct,
          ...(confidence ? { confidence } : {}),
          seconds: (Date.now() - shownAt) / 1000,
        },
      ],
      new Date().toISOString(),
    );
    onDone((await getReviewCard(question.id))?.due ?? Date.now());
  };

  return (
    <section className="card" aria-label="Review question">
      <QuestionView
        question={question}
        selected={selected}
        onChange={setSelected}
        reveal={checked}
        disabled={checked}
        idPrefix={`rv-${question.id}`}
      />
      {!checked ? (
        <div className="quiz-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={selected.length === 0}
            onClick={() => setChecked(true)}
          >
            Check answer
          </button>
        </div>
      ) : (
        <>
          <p role="status" className={correct ? 'verdict-correct' : 'verdict-wrong'}>
            {correct ? 'Correct.' : 'Incorrect — the correct answer is marked above.'}
          </p>
          {correct && (
            <fieldset className="confidence">
              <legend>How sure were you?</legend>
              {CONFIDENCE.map((c) => (
                <label key={c.value} className="choice">
                  <input
                    type="radio"
                    name="review-confidence"
                    checked={confidence === c.value}
                    onChange={() => setConfidence(c.value)}
                  />
                  <span>{c.label}</span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="quiz-actions">
            <button type="button" className="button button-primary" onClick={() => void next()}>
              {last ? 'Finish review' : 'Next'}
            </button>
            <Link to={`/learn/${question.lesson}`}>Open the lesson</Link>
          </div>
        </>
      )}
    </section>
  );
}
