// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimulatedClock, createActor } from 'xstate';
import { quizSessionMachine, type QuizSessionInput } from '../../src/machines/quizSession';

const START = Date.parse('2026-11-26T10:00:00.000Z');

function start(input: Partial<QuizSessionInput> = {}) {
  const clock = new SimulatedClock();
  clock.set(START);
  const actor = createActor(quizSessionMachine, {
    clock,
    input: {
      attemptId: 'a1',
      mode: 'exam',
      questionIds: ['q-01', 'q-02', 'q-03'],
      deadline: new Date(START + 3 * 144_000).toISOString(),
      ...input,
    },
  });
  actor.start();
  return { actor, clock };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

describe('quizSession machine', () => {
  it('starts on the first question with nothing answered', () => {
    const { actor } = start();
    const s = actor.getSnapshot();
    expect(s.value).toEqual({ active: 'question' });
    expect(s.context.index).toBe(0);
    expect(s.context.answers).toEqual({});
  });

  it('records answers, flags and moves between questions', () => {
    const { actor } = start();
    actor.send({ type: 'answer.set', selected: ['c'] });
    actor.send({ type: 'flag.toggle' });
    actor.send({ type: 'question.next' });
    actor.send({ type: 'answer.set', selected: ['b', 'a', 'b'] });
    actor.send({ type: 'question.previous' });
    const { context } = actor.getSnapshot();
    expect(context.index).toBe(0);
    expect(context.answers).toEqual({ 'q-01': ['c'], 'q-02': ['a', 'b'] });
    expect(context.flags).toEqual(['q-01']);
  });

  it('does not move before the first or past the last question', () => {
    const { actor } = start();
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'question.goto', index: 2 });
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().context.index).toBe(2);
  });

  it('goes question → review → confirming → submitted', () => {
    const { actor } = start();
    actor.send({ type: 'review.open' });
    expect(actor.getSnapshot().value).toEqual({ active: 'review' });
    actor.send({ type: 'question.goto', index: 1 });
    expect(actor.getSnapshot().value).toEqual({ active: 'question' });
    expect(actor.getSnapshot().context.index).toBe(1);
    actor.send({ type: 'review.open' });
    actor.send({ type: 'submit.request' });
    expect(actor.getSnapshot().value).toEqual({ active: 'confirming' });
    actor.send({ type: 'submit.cancel' });
    expect(actor.getSnapshot().value).toEqual({ active: 'review' });
    actor.send({ type: 'submit.request' });
    actor.send({ type: 'submit.confirm' });
    const s = actor.getSnapshot();
    expect(s.value).toBe('submitted');
    expect(s.status).toBe('done');
    expect(s.context.submitReason).toBe('learner');
  });

  it('auto-submits at the deadline with the answers it had', () => {
    const { actor, clock } = start();
    actor.send({ type: 'answer.set', selected: ['a'] });
    clock.increment(3 * 144_000 - 1);
    expect(actor.getSnapshot().value).toEqual({ active: 'question' });
    clock.increment(1);
    const s = actor.getSnapshot();
    expect(s.value).toBe('submitted');
    expect(s.context.submitReason).toBe('time');
    expect(s.context.answers).toEqual({ 'q-01': ['a'] });
  });

  it('auto-submits from the review screen and the confirmation dialog too', () => {
    const { actor, clock } = start();
    actor.send({ type: 'review.open' });
    actor.send({ type: 'submit.request' });
    clock.increment(3 * 144_000);
    expect(actor.getSnapshot().value).toBe('submitted');
  });

  it('submits at once when told the deadline has passed (a tab closed past its deadline)', () => {
    const { actor } = start();
    actor.send({ type: 'time.expired' });
    expect(actor.getSnapshot().context.submitReason).toBe('time');
  });

  it('has no deadline in practice mode and ignores time.expired', () => {
    const { actor, clock } = start({ mode: 'practice', deadline: null });
    clock.increment(24 * 3600_000);
    actor.send({ type: 'time.expired' });
    expect(actor.getSnapshot().value).toEqual({ active: 'question' });
  });

  it('practice: check needs an answer, then locks it and keeps confidence', () => {
    const { actor } = start({ mode: 'practice', deadline: null });
    actor.send({ type: 'practice.check' });
    expect(actor.getSnapshot().context.checked).toEqual([]);
    actor.send({ type: 'answer.set', selected: ['b'] });
    actor.send({ type: 'practice.check' });
    actor.send({ type: 'answer.set', selected: ['c'] });
    actor.send({ type: 'confidence.set', confidence: 'certain' });
    const { context } = actor.getSnapshot();
    expect(context.checked).toEqual(['q-01']);
    expect(context.answers['q-01']).toEqual(['b']);
    expect(context.confidence).toEqual({ 'q-01': 'certain' });
  });

  it('exam mode has no per-question check', () => {
    const { actor } = start();
    actor.send({ type: 'answer.set', selected: ['b'] });
    actor.send({ type: 'practice.check' });
    expect(actor.getSnapshot().context.checked).toEqual([]);
  });

  it('counts seconds per question from the clock, capped per visit', () => {
    const { actor } = start({ mode: 'practice', deadline: null });
    vi.setSystemTime(START + 42_000);
    actor.send({ type: 'question.next' });
    vi.setSystemTime(START + 42_000 + 3600_000);
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().context.seconds).toEqual({ 'q-01': 42, 'q-02': 600 });
  });

  it('resumes from a persisted snapshot at the same question with the same answers and flags', () => {
    const { actor } = start();
    actor.send({ type: 'answer.set', selected: ['d'] });
    actor.send({ type: 'question.next' });
    actor.send({ type: 'flag.toggle' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const clock = new SimulatedClock();
    clock.set(START);
    const restored = createActor(quizSessionMachine, {
      clock,
      snapshot: persisted,
      input: { attemptId: 'a1', mode: 'exam', questionIds: [], deadline: null },
    });
    restored.start();
    const s = restored.getSnapshot();
    expect(s.value).toEqual({ active: 'question' });
    expect(s.context.index).toBe(1);
    expect(s.context.answers).toEqual({ 'q-01': ['d'] });
    expect(s.context.flags).toEqual(['q-02']);
    restored.send({ type: 'time.expired' });
    expect(restored.getSnapshot().value).toBe('submitted');
  });
});
