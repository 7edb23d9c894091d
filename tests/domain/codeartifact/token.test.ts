// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { issueAuthorizationToken } from '../../../src/domain/codeartifact';
import { PolicyError } from '../../../src/domain/errors';

const now = '2026-01-01T00:00:00.000Z';

function failure(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

describe('issueAuthorizationToken', () => {
  it('defaults to 12 hours', () => {
    expect(issueAuthorizationToken(undefined, now)).toEqual({
      expiresAt: '2026-01-01T12:00:00.000Z',
    });
  });

  it('ends with the role session for 0', () => {
    expect(issueAuthorizationToken(0, now)).toEqual({ expiresAt: null });
  });

  it('accepts whole seconds from 900 to 43200', () => {
    expect(issueAuthorizationToken(900, now).expiresAt).toBe('2026-01-01T00:15:00.000Z');
    expect(issueAuthorizationToken(3600, now).expiresAt).toBe('2026-01-01T01:00:00.000Z');
    expect(issueAuthorizationToken(43200, now).expiresAt).toBe('2026-01-01T12:00:00.000Z');
  });

  it('reads now with any zone and answers in UTC', () => {
    expect(issueAuthorizationToken(900, '2026-01-01T02:00+02:00').expiresAt).toBe(
      '2026-01-01T00:15:00.000Z',
    );
    expect(issueAuthorizationToken(900, '2024-02-29T23:59:59.5Z').expiresAt).toBe(
      '2024-03-01T00:14:59.500Z',
    );
  });

  it.each([
    -1,
    1,
    899,
    43201,
    900.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '3600' as unknown as number,
  ])('refuses durationSeconds %s', (duration) => {
    const error = failure(() => issueAuthorizationToken(duration, now));
    expect(error.path).toBe('durationSeconds');
    expect(error.message).toContain('900');
  });

  it.each([
    '',
    'yesterday',
    '2026-01-01',
    '2026-01-01T00:00:00',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    1_700_000_000 as unknown as string,
  ])('refuses now %j', (bad) => {
    expect(failure(() => issueAuthorizationToken(undefined, bad)).path).toBe('now');
  });

  it('checks now even when the token ends with the session', () => {
    expect(failure(() => issueAuthorizationToken(0, 'soon')).path).toBe('now');
  });
});
