// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DecidedStep } from '../../../src/domain/simulation';
import { recordRun } from '../../../src/machines/process/record';
import { createStepsMachine } from '../../../src/machines/process/stepsMachine';

// A queue of jobs: a hub looks at each next job, a state per outcome takes it.
const queue = createStepsMachine({
  id: 'queue',
  initial: 'waiting',
  states: {
    waiting: { description: 'The queue opens.', to: ['next', 'empty'] },
    next: { peeks: 'job', description: 'The next job comes up.', to: ['done', 'broken'] },
    done: { takes: 'job.done', to: ['next', 'drained'] },
    broken: { takes: ['job.broken', 'job.lost'], to: ['failed'] },
    drained: { takes: 'result.drained', end: 'ok' },
    empty: { takes: 'result.empty', end: 'ok' },
    failed: { takes: 'result.failed', end: 'failed' },
  },
});
const step = (key: string, note = key): DecidedStep => {
  const [kind = key, outcome] = key.split('.');
  return outcome === undefined ? { kind, note } : { kind, outcome, note };
};
const play = (...keys: string[]) =>
  recordRun(queue, { label: 'queue', steps: keys.map((k) => step(k)) });

describe('createStepsMachine', () => {
  it('enters a hub on the next step without taking it, then the state that takes it', () => {
    const run = play('job.done', 'job.done', 'result.drained');
    expect(run.actors[0]!.frames).toEqual([
      { state: ['waiting'], note: 'The queue opens.' },
      { state: ['next'], note: 'The next job comes up.' },
      { state: ['done'], note: 'job.done' },
      { state: ['next'], note: 'The next job comes up.' },
      { state: ['done'], note: 'job.done' },
      { state: ['drained'], note: 'result.drained' },
    ]);
    expect(run.output).toEqual({ ok: true, reason: 'result.drained' });
  });

  it('takes any of a state’s steps, and ends not ok in a failed final state', () => {
    const run = play('job.lost', 'result.failed');
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual([
      'waiting',
      'next',
      'broken',
      'failed',
    ]);
    expect(run.output).toEqual({ ok: false, reason: 'result.failed' });
  });

  it('stays where it is, with no output, when the next step leads nowhere it can go', () => {
    const run = play('job.done', 'result.empty');
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual(['waiting', 'next', 'done']);
    expect(run.output).toBeUndefined();
  });

  it('reads its steps from another input with stepsOf', () => {
    const counted = createStepsMachine<{ label: string; count: number }>({
      id: 'counted',
      initial: 'counting',
      stepsOf: (input) => [step(input.count > 0 ? 'result.some' : 'result.none')],
      states: {
        counting: { to: ['some', 'none'] },
        some: { takes: 'result.some', end: 'ok' },
        none: { takes: 'result.none', end: 'failed' },
      },
    });
    expect(recordRun(counted, { label: 'c', count: 2 }).output).toEqual({
      ok: true,
      reason: 'result.some',
    });
    expect(recordRun(counted, { label: 'c', count: 0 }).output).toMatchObject({ ok: false });
  });

  it('draws each state’s transitions in the order of its `to`, guarded by the entering steps', () => {
    const guards = queue.root.states.done!.always!.map((t) => [
      t.target?.[0]?.key,
      t.guard,
      t.actions,
    ]);
    expect(guards).toEqual([
      ['next', { type: 'nextIs', params: { kind: 'job' } }, ['clearNote']],
      ['drained', { type: 'nextIs', params: { kind: 'result', outcome: 'drained' } }, ['consume']],
    ]);
  });
});
