import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { SnapshotFrom } from 'xstate';
import type { Attempt } from '../../db/types';
import { ConfidencePicker } from '../../components/ConfidencePicker';
import { Dialog } from '../../components/Dialog';
import { lessonSectionHref } from '../../content/lessonSectionHref';
import { QuestionView } from '../../components/QuestionView';
import type { Question } from '../../domain/quiz/schema';
import { isAnswerCorrect } from '../../domain/quiz/scoring';
import { optionOrder } from '../../domain/quiz/shuffle';
import { quizSessionMachine } from '../../machines/quizSession';
import { ExamTimer } from './ExamTimer';
import { persistAttempt } from './persistAttempt';
import { QuestionNavigator } from './QuestionNavigator';
import { ReportProblem } from './ReportProblem';
import { ReviewScreen } from './ReviewScreen';
import { useAttemptLock } from './useAttemptLock';
import { useQuizKeys } from './useQuizKeys';
import { describeAttempt } from '../../domain/quiz/attemptLabel';
import { Button } from '../../components/Button';

interface QuizSessionProps {
  attempt: Attempt;
  questions: Question[];
  snapshot: SnapshotFrom<typeof quizSessionMachine> | null;
}

export function QuizSession({ attempt, questions, snapshot }: QuizSessionProps) {
  const navigate = useNavigate();
  const input = {
    attemptId: attempt.id,
    mode: attempt.mode,
    questionIds: attempt.questionIds,
    deadline: attempt.deadline,
  };
  const actor = useActorRef(quizSessionMachine, snapshot ? { snapshot, input } : { input });
  const state = useSelector(actor, (s) => s);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const lock = useAttemptLock(attempt.id);
  const readOnly = lock.state !== 'owner';
  const { context } = state;
  const question = questions[context.index]!;
  const exam = attempt.mode === 'exam';
  const label = describeAttempt(attempt);

  useEffect(() => {
    if (readOnly) return;
    const persistence = persistAttempt(actor, {
      attempt,
      questions,
      onFinished: () => void navigate(`/quiz/${attempt.id}/results`, { replace: true }),
      onProblem: setSaveProblem,
    });
    return persistence.unsubscribe;
  }, [actor, attempt, questions, navigate, readOnly]);

  // An exam whose deadline passed while the tab was closed is submitted with the answers it had.
  useEffect(() => {
    if (!readOnly && attempt.deadline && Date.parse(attempt.deadline) <= Date.now())
      actor.send({ type: 'time.expired' });
  }, [actor, attempt.deadline, readOnly]);

  const order = optionOrder(
    attempt.seed,
    question.id,
    question.options.map((o) => o.id),
  );
  const selected = context.answers[question.id] ?? [];
  const checked = context.checked.includes(question.id);
  const flagged = context.flags.includes(question.id);
  const last = context.index === questions.length - 1;
  const inQuestion = state.matches({ active: 'question' });
  const reviewing = state.matches({ active: 'review' }) || state.matches({ active: 'confirming' });

  useQuizKeys({ enabled: inQuestion && !readOnly, actor, order, selected, question, checked });

  const unanswered = questions.filter((q) => !context.answers[q.id]?.length).length;

  return (
    <div className="quiz-session">
      <div className="quiz-bar">
        <h1 className="quiz-title">
          {label.kind}{' '}
          <span className="muted">· {label.scope ?? `${questions.length} questions`}</span>
        </h1>
        {exam && attempt.deadline && !readOnly && (
          <ExamTimer
            deadline={attempt.deadline}
            totalSeconds={Math.round(
              (Date.parse(attempt.deadline) - Date.parse(attempt.createdAt)) / 1000,
            )}
            onExpire={() => actor.send({ type: 'time.expired' })}
          />
        )}
      </div>
      {lock.state === 'read-only' && (
        <div className="banner banner-warn" role="alert">
          <span>
            This quiz is open in another tab, so it is read-only here: two tabs would overwrite each
            other’s answers.
          </span>
          <Button small onClick={lock.takeOver}>
            Continue in this tab instead
          </Button>
        </div>
      )}
      {saveProblem && (
        <p className="banner banner-warn" role="alert">
          Your answers could not be saved ({saveProblem}). They are kept in this tab — do not close
          it; export your progress from the Progress page when you can.
        </p>
      )}
      {lock.state === 'pending' ? (
        <p className="muted">Opening the quiz…</p>
      ) : state.status === 'done' ? (
        <p role="status">Submitting…</p>
      ) : reviewing ? (
        <ReviewScreen
          questions={questions}
          context={context}
          exam={exam}
          onGoto={(index) => actor.send({ type: 'question.goto', index })}
          onBack={() => actor.send({ type: 'review.close' })}
          onSubmit={() => actor.send({ type: 'submit.request' })}
        />
      ) : (
        <fieldset className="quiz-layout" disabled={readOnly}>
          <legend className="visually-hidden">Quiz</legend>
          <section
            aria-label={`Question ${context.index + 1} of ${questions.length}`}
            className="quiz-question card"
          >
            <QuestionView
              key={question.id}
              question={question}
              order={order}
              selected={selected}
              onChange={(s) => actor.send({ type: 'answer.set', selected: s })}
              reveal={!exam && checked}
              disabled={!exam && checked}
              idPrefix={`q-${question.id}`}
              label={`Question ${context.index + 1} of ${questions.length}${flagged ? ' · flagged for review' : ''}`}
            />
            {!exam && checked && (
              <div className="practice-feedback">
                <p
                  role="status"
                  className={
                    isAnswerCorrect(question, selected) ? 'verdict-correct' : 'verdict-wrong'
                  }
                >
                  {isAnswerCorrect(question, selected)
                    ? 'Correct.'
                    : 'Incorrect — the correct answer is marked above.'}
                </p>
                <p>
                  <Link to={lessonSectionHref(question)}>Read the lesson section on this</Link>
                </p>
                <ConfidencePicker
                  name={`confidence-${question.id}`}
                  value={context.confidence[question.id]}
                  onChange={(confidence) => actor.send({ type: 'confidence.set', confidence })}
                />
              </div>
            )}
            <div className="quiz-actions">
              <Button
                disabled={context.index === 0}
                onClick={() => actor.send({ type: 'question.previous' })}
              >
                Previous
              </Button>
              <Button aria-pressed={flagged} onClick={() => actor.send({ type: 'flag.toggle' })}>
                {flagged ? 'Unflag' : 'Flag for review'}
              </Button>
              {!exam && !checked && (
                <Button
                  variant="primary"
                  disabled={selected.length === 0}
                  onClick={() => actor.send({ type: 'practice.check' })}
                >
                  Check answer
                </Button>
              )}
              {!last && (
                <button
                  type="button"
                  className={`button ${exam || checked ? 'button-primary' : ''}`}
                  onClick={() => actor.send({ type: 'question.next' })}
                >
                  Next
                </button>
              )}
              {last && (
                <Button
                  variant="primary"
                  onClick={() => actor.send({ type: exam ? 'review.open' : 'submit.request' })}
                >
                  {exam ? 'Review answers' : 'Finish practice'}
                </Button>
              )}
              {exam && !last && (
                <Button onClick={() => actor.send({ type: 'review.open' })}>Review answers</Button>
              )}
            </div>
            <p className="muted quiz-keys">
              Keys: <kbd>1</kbd>–<kbd>{order.length}</kbd> pick · <kbd>F</kbd> flag · <kbd>←</kbd>{' '}
              <kbd>→</kbd> move · <kbd>Enter</kbd> next
            </p>
            <ReportProblem questionId={question.id} />
          </section>
          <QuestionNavigator
            questions={questions}
            context={context}
            onGoto={(index) => actor.send({ type: 'question.goto', index })}
          />
        </fieldset>
      )}
      <Dialog
        title={exam ? 'Submit exam?' : 'Finish practice?'}
        open={state.matches({ active: 'confirming' })}
        onClose={() => actor.send({ type: 'submit.cancel' })}
        actions={
          <>
            <Button onClick={() => actor.send({ type: 'submit.cancel' })}>Keep working</Button>
            <Button variant="primary" onClick={() => actor.send({ type: 'submit.confirm' })}>
              {exam ? 'Submit exam' : 'Finish'}
            </Button>
          </>
        }
      >
        <p>
          {unanswered > 0
            ? `${unanswered} question${unanswered === 1 ? ' is' : 's are'} unanswered and will count as wrong. `
            : 'Every question is answered. '}
          {context.flags.length > 0 ? `${context.flags.length} flagged for review. ` : ''}
          You cannot change answers after this.
        </p>
      </Dialog>
    </div>
  );
}
