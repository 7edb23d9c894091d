import { beforeEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import bank from '../../../content/questions/signer.json';
import { getAttempt } from '../../../src/db/attempts';
import { db } from '../../../src/db/database';
import { listReviewCards } from '../../../src/db/reviewCards';
import type { Attempt } from '../../../src/db/types';
import { questionFileSchema } from '../../../src/domain/quiz/schema';
import { persistAttempt } from '../../../src/features/quiz/persistAttempt';
import { quizSessionMachine } from '../../../src/machines/quizSession';

const questions = questionFileSchema.parse(bank).slice(0, 2);
const [first, second] = questions as [(typeof questions)[0], (typeof questions)[0]];
const correct = (q: typeof first) => q.options.filter((o) => o.correct).map((o) => o.id);

const attempt: Attempt = {
  id: 'a1',
  mode: 'practice',
  scopeLabel: 'AWS Signer',
  questionIds: questions.map((q) => q.id),
  seed: 7,
  answers: {},
  flags: [],
  createdAt: '2026-12-05T09:00:00.000Z',
  deadline: null,
  snapshot: null,
  status: 'in-progress',
  submittedAt: null,
  result: null,
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function start(snapshot?: Attempt['snapshot']) {
  const input = {
    attemptId: attempt.id,
    mode: attempt.mode,
    questionIds: attempt.questionIds,
    deadline: null,
  };
  const actor = createActor(
    quizSessionMachine,
    snapshot ? { snapshot: snapshot as never, input } : { input },
  ).start();
  const seen = { finished: 0, problems: [] as (string | null)[] };
  const persistence = persistAttempt(actor, {
    attempt,
    questions,
    onFinished: () => seen.finished++,
    onProblem: (p) => seen.problems.push(p),
    now: () => new Date('2026-12-05T09:10:00.000Z'),
  });
  return { actor, persistence, seen };
}

describe('persistAttempt', () => {
  it('writes every change, and a session restored from the write resumes where it was', async () => {
    const { actor, persistence } = start();
    actor.send({ type: 'answer.set', selected: correct(first) });
    actor.send({ type: 'flag.toggle' });
    actor.send({ type: 'question.next' });
    await persistence.settled();
    const stored = (await getAttempt('a1'))!;
    expect(stored.answers).toEqual({ [first.id]: correct(first) });
    expect(stored.flags).toEqual([first.id]);
    expect(stored.status).toBe('in-progress');
    persistence.unsubscribe();

    const resumed = start(stored.snapshot);
    expect(resumed.actor.getSnapshot().context.index).toBe(1);
    expect(resumed.actor.getSnapshot().context.answers).toEqual(stored.answers);
  });

  it('scores and stores the attempt when the session is done, then reports it finished', async () => {
    const { actor, persistence, seen } = start();
    actor.send({ type: 'answer.set', selected: correct(first) });
    actor.send({ type: 'question.next' });
    actor.send({ type: 'answer.set', selected: ['none-of-these'] });
    actor.send({ type: 'review.open' });
    actor.send({ type: 'submit.request' });
    actor.send({ type: 'submit.confirm' });
    await persistence.settled();
    const stored = (await getAttempt('a1'))!;
    expect(stored.status).toBe('submitted');
    expect(stored.submittedAt).toBe('2026-12-05T09:10:00.000Z');
    expect(stored.result).toMatchObject({ correct: 1, total: 2, usedSeconds: 600 });
    expect((await listReviewCards()).map((c) => c.questionId).sort()).toEqual(
      [first.id, second.id].sort(),
    );
    expect(seen.finished).toBe(1);
    expect(seen.problems.at(-1)).toBeNull();
  });

  it('reports a failed write and keeps the session running', async () => {
    const { actor, persistence, seen } = start();
    db.close();
    actor.send({ type: 'answer.set', selected: correct(first) });
    await persistence.settled();
    expect(seen.problems.at(-1)).toMatch(/closed/i);
    expect(actor.getSnapshot().context.answers[first.id]).toEqual(correct(first));
    await db.open();
    actor.send({ type: 'flag.toggle' });
    await persistence.settled();
    expect(seen.problems.at(-1)).toBeNull();
    expect((await getAttempt('a1'))!.flags).toEqual([first.id]);
  });
});
