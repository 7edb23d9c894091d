import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { listDueCards, listReviewCards } from '../../db/reviewCards';
import { recordAnswers } from '../../db/recordAnswers';
import { lessonSectionHref } from '../../content/lessonSectionHref';
import { loadExamQuestions } from '../../content/questions';
import { ConfidencePicker } from '../../components/ConfidencePicker';
import { QuestionView } from '../../components/QuestionView';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Question } from '../../domain/quiz/schema';
import { isAnswerCorrect } from '../../domain/quiz/scoring';
import type { Confidence } from '../../domain/review';

type Queue =
  { state: 'loading' } | { state: 'ready'; due: Question[]; total: number; nextDue: number | null };

/** "in 4 minutes", "in 2 days": when the next card comes back. */
function untilDue(dueMs: number): string {
  const minutes = Math.max(1, Math.round((dueMs - Date.now()) / 60_000));
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  if (minutes < 60) return format.format(minutes, 'minute');
  if (minutes < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}

async function loadQueue(): Promise<Queue> {
  const now = Date.now();
  const [due, all, bank] = await Promise.all([
    listDueCards(now),
    listReviewCards(),
    loadExamQuestions(),
  ]);
  // Only exam-pool questions come back for review (a lesson-only one never enters a quiz).
  const byId = new Map(bank.map((q) => [q.id, q]));
  const cards = all.filter((c) => byId.has(c.questionId));
  const later = cards.filter((c) => c.due > now).map((c) => c.due);
  return {
    state: 'ready',
    due: due.flatMap((c) => byId.get(c.questionId) ?? []),
    total: cards.length,
    nextDue: later.length ? Math.min(...later) : null,
  };
}

/** Due questions one by one, practice style; each answer reschedules its card. */
export default function ReviewPage() {
  useDocumentTitle('Review');
  const [queue, setQueue] = useState<Queue>({ state: 'loading' });
  const [position, setPosition] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [done, setDone] = useState(0);
  const shownAt = useRef(0);

  useEffect(() => {
    let live = true;
    void loadQueue().then((q) => {
      if (!live) return;
      shownAt.current = Date.now();
      setQueue(q);
    });
    return () => {
      live = false;
    };
  }, []);

  if (queue.state === 'loading') return <p className="muted">Loading your review queue…</p>;
  const question = queue.due[position];

  if (!question) {
    return (
      <div className="stack">
        <h1>Review</h1>
        <div className="empty-state">
          {done > 0 && (
            <p role="status">
              Well done — you reviewed {done} question{done === 1 ? '' : 's'}.
            </p>
          )}
          <p>
            Nothing is due for review{done > 0 ? ' now' : ' yet'}.{' '}
            {queue.total === 0
              ? 'Every question you answer in a quiz comes back here when it is due — the ones you miss sooner.'
              : `You have ${queue.total} question${queue.total === 1 ? '' : 's'} in spaced review${queue.nextDue ? `; the next is due ${untilDue(queue.nextDue)}` : ''}.`}
          </p>
          <p>
            <Link to="/quiz">Take a quiz</Link>
          </p>
        </div>
      </div>
    );
  }

  const correct = isAnswerCorrect(question, selected);
  const next = async () => {
    await recordAnswers(
      [
        {
          questionId: question.id,
          correct,
          ...(confidence ? { confidence } : {}),
          seconds: (Date.now() - shownAt.current) / 1000,
        },
      ],
      new Date().toISOString(),
    );
    setDone((d) => d + 1);
    setPosition((p) => p + 1);
    setSelected([]);
    setChecked(false);
    setConfidence(null);
    shownAt.current = Date.now();
  };

  return (
    <div className="stack">
      <h1>Review</h1>
      <p className="muted">
        Question {position + 1} of {queue.due.length} due · spaced repetition brings back what you
        miss.
      </p>
      <section className="card" aria-label="Review question">
        <QuestionView
          key={question.id}
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
              <ConfidencePicker
                name="review-confidence"
                value={confidence}
                onChange={setConfidence}
              />
            )}
            <div className="quiz-actions">
              <button type="button" className="button button-primary" onClick={() => void next()}>
                {position + 1 < queue.due.length ? 'Next question' : 'Finish review'}
              </button>
              <Link to={lessonSectionHref(question)}>Read the lesson section on this</Link>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
