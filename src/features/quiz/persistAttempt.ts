import type { Actor } from 'xstate';
import { saveAttempt } from '../../db/attempts';
import { requestPersistence } from '../../db/open';
import type { Attempt } from '../../db/types';
import type { Question } from '../../domain/quiz/schema';
import type { quizSessionMachine } from '../../machines/quizSession';
import { finishAttempt } from './finishAttempt';

interface PersistOptions {
  attempt: Attempt;
  questions: readonly Question[];
  /** The attempt was scored and stored: time to show its results. */
  onFinished: () => void;
  /** A write failed (its message), or the next one succeeded again (null). */
  onProblem: (problem: string | null) => void;
  now?: () => Date;
}

/**
 * Subscribes to a running quiz: every change is written to IndexedDB, in order, so a reload or
 * crash resumes exactly there; when the session is done the attempt is scored and stored. The
 * returned `settled` resolves when every write so far is done.
 */
export function persistAttempt(
  actor: Actor<typeof quizSessionMachine>,
  { attempt, questions, onFinished, onProblem, now = () => new Date() }: PersistOptions,
) {
  let writes = Promise.resolve();
  const subscription = actor.subscribe((snapshot) => {
    const persisted = actor.getPersistedSnapshot();
    writes = writes.then(async () => {
      try {
        if (snapshot.status === 'done') {
          await finishAttempt(attempt, questions, snapshot.context, now());
          // Weeks of answers now live here: ask the browser not to evict them.
          void requestPersistence();
          onFinished();
        } else {
          await saveAttempt({
            ...attempt,
            answers: snapshot.context.answers,
            flags: snapshot.context.flags,
            snapshot: persisted,
          });
        }
        onProblem(null);
      } catch (error) {
        // Storage failed (quota, a blocked database): the answers stay in this tab's memory.
        onProblem(error instanceof Error ? error.message : String(error));
      }
    });
  });
  return { unsubscribe: () => subscription.unsubscribe(), settled: () => writes };
}
