import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ConfidencePicker } from '../../components/ConfidencePicker';
import { QuestionView } from '../../components/QuestionView';
import { lessonSectionHref } from '../../content/lessonSectionHref';
import type { Question } from '../../content/questions';
import { recordAnswers } from '../../db/recordAnswers';
import { getReviewCard } from '../../db/reviewCards';
import { isAnswerCorrect } from '../../domain/quiz/scoring';
import type { Confidence } from '../../domain/review';
import { Button } from '../../components/Button';

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
          <Button
            variant="primary"
            disabled={selected.length === 0}
            onClick={() => setChecked(true)}
          >
            Check answer
          </Button>
        </div>
      ) : (
        <>
          <p role="status" className={correct ? 'verdict-correct' : 'verdict-wrong'}>
            {correct ? 'Correct.' : 'Incorrect — the correct answer is marked above.'}
          </p>
          {correct && (
            <ConfidencePicker
              name="review-confidence"
              value={confidence}
              onChange={setConfidence}
            />
          )}
          <div className="quiz-actions">
            <Button variant="primary" onClick={() => void next()}>
              {last ? 'Finish review' : 'Next'}
            </Button>
            <Link to={lessonSectionHref(question)}>Read the lesson section on this</Link>
          </div>
        </>
      )}
    </section>
  );
}
