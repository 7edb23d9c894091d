import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteAttempt,
  getAttempt,
  listAttempts,
  listAttemptsInProgress,
  saveAttempt,
  type Attempt,
} from '../../src/db/attempts';
import { db } from '../../src/db/database';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

function attempt(
  id: string,
  createdAt: string,
  status: Attempt['status'] = 'in-progress',
): Attempt {
  return {
    id,
    mode: 'practice',
    scopeLabel: 'All lessons',
    questionIds: ['upstreams-01', 'upstreams-02'],
    seed: 42,
    answers: { 'upstreams-01': ['b'] },
    flags: [],
    createdAt,
    deadline: null,
    snapshot: { value: 'answering', context: { index: 1 } },
    status,
    submittedAt: status === 'submitted' ? createdAt : null,
    result: null,
  };
}

describe('attempts', () => {
  it('saves, gets and overwrites an attempt', async () => {
    const a = attempt('a1', '2025-01-01T00:00:00Z');
    await saveAttempt(a);
    expect(await getAttempt('a1')).toEqual(a);
    await saveAttempt({ ...a, answers: { 'upstreams-01': ['c'] } });
    expect((await getAttempt('a1'))?.answers).toEqual({ 'upstreams-01': ['c'] });
    expect(await getAttempt('missing')).toBeUndefined();
  });

  it('lists attempts newest first', async () => {
    await saveAttempt(attempt('mid', '2025-01-02T00:00:00Z', 'submitted'));
    await saveAttempt(attempt('old', '2025-01-01T00:00:00Z'));
    await saveAttempt(attempt('new', '2025-01-03T00:00:00Z'));
    expect((await listAttempts()).map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });

  it('lists only attempts in progress, newest first', async () => {
    await saveAttempt(attempt('old', '2025-01-01T00:00:00Z'));
    await saveAttempt(attempt('done', '2025-01-04T00:00:00Z', 'submitted'));
    await saveAttempt(attempt('new', '2025-01-03T00:00:00Z'));
    await saveAttempt(attempt('mid', '2025-01-02T00:00:00Z'));
    expect((await listAttemptsInProgress()).map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });

  it('deletes an attempt', async () => {
    await saveAttempt(attempt('a1', '2025-01-01T00:00:00Z'));
    await saveAttempt(attempt('a2', '2025-01-02T00:00:00Z'));
    await deleteAttempt('a1');
    expect(await getAttempt('a1')).toBeUndefined();
    expect((await listAttempts()).map((a) => a.id)).toEqual(['a2']);
  });
});
