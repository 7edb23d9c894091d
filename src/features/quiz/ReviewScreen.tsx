import { useState } from 'react';
import { RadioGroup } from '../../components/form';
import type { Question } from '../../domain/quiz/schema';
import type { QuizSessionContext } from '../../machines/quizSession';
import { questionStatus } from './QuestionNavigator';
import { Button } from '../../components/Button';

type Filter = 'all' | 'unanswered' | 'flagged';

interface ReviewScreenProps {
  questions: Question[];
  context: QuizSessionContext;
  exam: boolean;
  onGoto: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/** Like the exam's review page: every question's status, filters, a jump to any, then submit. */
export function ReviewScreen({
  questions,
  context,
  exam,
  onGoto,
  onBack,
  onSubmit,
}: ReviewScreenProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const rows = questions
    .map((q, index) => ({ q, index, status: questionStatus(context, q.id) }))
    .filter(
      (r) => filter === 'all' || (filter === 'unanswered' ? !r.status.answered : r.status.flagged),
    );
  const counts = {
    unanswered: questions.filter((q) => !questionStatus(context, q.id).answered).length,
    flagged: context.flags.length,
  };

  return (
    <section className="card review-screen" aria-labelledby="review-heading">
      <h2 id="review-heading">Review answers</h2>
      <p>
        {questions.length - counts.unanswered} of {questions.length} answered · {counts.flagged}{' '}
        flagged. Choose a question to go back to it.
      </p>
      <RadioGroup
        className="review-filter"
        legend="Show"
        name="review-filter"
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: `All (${questions.length})` },
          { value: 'unanswered', label: `Unanswered (${counts.unanswered})` },
          { value: 'flagged', label: `Flagged (${counts.flagged})` },
        ]}
      />
      <ul className="review-list">
        {rows.map(({ q, index, status }) => (
          <li key={q.id}>
            <button type="button" className="review-row" onClick={() => onGoto(index)}>
              <span className="review-row-number">Question {index + 1}</span>
              <span className="review-row-status">{status.words}</span>
              <span className="review-row-stem">
                {q.stem.length > 140 ? `${q.stem.slice(0, 137)}…` : q.stem}
              </span>
            </button>
          </li>
        ))}
        {rows.length === 0 && <li className="muted">No questions match this filter.</li>}
      </ul>
      <div className="quiz-actions">
        <Button onClick={onBack}>Back to the questions</Button>
        <Button variant="primary" onClick={onSubmit}>
          {exam ? 'Submit exam' : 'Finish practice'}
        </Button>
      </div>
    </section>
  );
}
