import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { createActor, type SnapshotFrom } from 'xstate';
import { checkAttempt } from '../../db/attemptSchema';
import { deleteAttempt, getAttempt } from '../../db/attempts';
import type { Attempt } from '../../db/types';
import { loadAllQuestions } from '../../content/questions';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import type { Question } from '../../domain/quiz/schema';
import { quizSessionMachine } from '../../machines/quizSession';
import { QuizSession } from './QuizSession';
import './quiz.css';
import { Button } from '../../components/Button';

type Loaded =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'broken'; problem: string; id: string }
  | {
      state: 'ready';
      attempt: Attempt;
      questions: Question[];
      snapshot: SnapshotFrom<typeof quizSessionMachine> | null;
    };

/** Checks that a stored attempt can really be resumed; never throws. */
async function loadAttempt(id: string): Promise<Loaded> {
  const row = await getAttempt(id).catch(() => undefined);
  if (!row) return { state: 'missing' };
  const checked = checkAttempt(row);
  if (!checked.ok) return { state: 'broken', problem: checked.problem, id };
  const { attempt } = checked;
  const bank = await loadAllQuestions();
  const byId = new Map(bank.map((q) => [q.id, q]));
  const missing = attempt.questionIds.filter((q) => !byId.has(q));
  if (missing.length)
    return {
      state: 'broken',
      problem: `questions no longer in the bank: ${missing.join(', ')}`,
      id,
    };
  let snapshot: SnapshotFrom<typeof quizSessionMachine> | null = null;
  if (attempt.snapshot) {
    try {
      const probe = createActor(quizSessionMachine, {
        snapshot: attempt.snapshot as SnapshotFrom<typeof quizSessionMachine>,
        input: {
          attemptId: attempt.id,
          mode: attempt.mode,
          questionIds: attempt.questionIds,
          deadline: attempt.deadline,
        },
      });
      const s = probe.getSnapshot();
      if (
        s.context.attemptId !== attempt.id ||
        s.context.questionIds.join() !== attempt.questionIds.join()
      ) {
        return { state: 'broken', problem: 'the saved session belongs to another attempt', id };
      }
      snapshot = attempt.snapshot as SnapshotFrom<typeof quizSessionMachine>;
    } catch (error) {
      return {
        state: 'broken',
        problem: `the saved session is unreadable (${(error as Error).message})`,
        id,
      };
    }
  }
  return {
    state: 'ready',
    attempt,
    questions: attempt.questionIds.map((q) => byId.get(q)!),
    snapshot,
  };
}

export default function AttemptPage() {
  const { attemptId = '' } = useParams();
  const navigate = useNavigate();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useDocumentTitle(
    loaded.state === 'missing'
      ? 'Quiz attempt not found'
      : loaded.state === 'broken'
        ? 'Could not resume'
        : 'Quiz',
  );

  useEffect(() => {
    let live = true;
    void loadAttempt(attemptId).then((l) => live && setLoaded(l));
    return () => {
      live = false;
    };
  }, [attemptId]);

  useEffect(() => {
    if (loaded.state === 'ready' && loaded.attempt.status === 'submitted')
      void navigate(`/quiz/${attemptId}/results`, { replace: true });
  }, [loaded, attemptId, navigate]);

  if (loaded.state === 'loading') return <p className="muted">Loading your quiz…</p>;
  if (loaded.state === 'missing') {
    return (
      <div className="stack">
        <h1>Quiz attempt not found</h1>
        <div className="empty-state">
          <p>
            There is no quiz with this id in this browser. Quizzes are stored only on the device
            where you took them.
          </p>
          <p>
            <Link to="/quiz">Start a new quiz</Link>
          </p>
        </div>
      </div>
    );
  }
  if (loaded.state === 'broken') {
    return (
      <div className="stack">
        <h1>Could not resume this quiz</h1>
        <div className="empty-state" role="alert">
          <p>
            The saved quiz is damaged or was saved by an older version of Artifact Lab, so it cannot
            be resumed.
          </p>
          <p className="muted">
            Detail: <code>{loaded.problem}</code>
          </p>
          <p className="button-row">
            <Button
              variant="danger"
              onClick={() =>
                void deleteAttempt(loaded.id).then(() => navigate('/quiz', { replace: true }))
              }
            >
              Discard this quiz
            </Button>
            <Link className="button" to="/quiz">
              Back to quizzes
            </Link>
          </p>
        </div>
      </div>
    );
  }
  if (loaded.attempt.status === 'submitted') return null;
  return (
    <QuizSession attempt={loaded.attempt} questions={loaded.questions} snapshot={loaded.snapshot} />
  );
}
