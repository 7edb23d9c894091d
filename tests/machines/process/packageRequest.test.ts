// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import complex from '../../vectors/codeartifact/search-order-complex.json';
import {
  requestPackageVersion,
  tokenRejection,
  type CodeArtifactDomain,
} from '../../../src/domain/codeartifact';
import { packageRequestMachine } from '../../../src/machines/process/packageRequest';
import { recordRun } from '../../../src/machines/process/record';

const domain = complex.domain as CodeArtifactDomain;
const pypi = (name: string) => ({ format: 'pypi' as const, name });

function walk(d: CodeArtifactDomain, repo: string, version: string, token = { expiresAt: null }) {
  const result = requestPackageVersion(d, repo, pypi('requests'), version);
  return recordRun(packageRequestMachine(), {
    label: `requests@${version}`,
    tokenRejection: tokenRejection(token, '2026-01-01T00:00:00Z'),
    steps: result.steps,
  });
}

describe('packageRequest', () => {
  it('walks the documented six-repository order as states: my_repo, A, C, D, E miss, B hit', () => {
    const run = walk(domain, 'my_repo', '2.31.0');
    const frames = run.actors[0]!.frames;
    expect(frames.map((f) => f.state[0])).toEqual([
      'checkingToken',
      ...['examining', 'miss', 'examining', 'miss', 'examining', 'miss'],
      ...['examining', 'miss', 'examining', 'miss', 'examining', 'hit'],
      'retained',
      'answering',
      'served',
    ]);
    const examined = frames.filter((f) => f.state[0] === 'miss' || f.state[0] === 'hit');
    expect(examined.map((f) => f.note.split(':')[0])).toEqual(['my_repo', 'A', 'C', 'D', 'E', 'B']);
    expect(run.output).toEqual({ ok: true, reason: '200 OK: pypi/requests@2.31.0 served by B' });
  });

  it('stops at the first hit: E serves 2.32.0 and B is never examined', () => {
    const notes = walk(domain, 'my_repo', '2.32.0').actors[0]!.frames.map((f) => f.note);
    expect(notes.some((n) => n.startsWith('B:'))).toBe(false);
    expect(notes.filter((n) => n.startsWith('E:'))).toHaveLength(1);
  });

  it('answers 401 before any repository when the token has expired', () => {
    const run = walk(domain, 'my_repo', '2.31.0', { expiresAt: '2025-12-31T12:00:00Z' } as never);
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual(['checkingToken', 'unauthorized']);
    expect(run.output).toEqual({ ok: false, reason: expect.stringContaining('401') });
  });

  it('reaches an external connection, is told the registry is down, and answers 503', () => {
    const d: CodeArtifactDomain = {
      name: 'd',
      repositories: {
        app: { upstreams: ['npm-store'], packages: {} },
        'npm-store': { upstreams: [], externalConnection: 'public:npmjs', packages: {} },
      },
      registries: { 'public:npmjs': { available: false, packages: { 'npm/lodash': ['4.17.21'] } } },
    };
    const result = requestPackageVersion(d, 'app', { format: 'npm', name: 'lodash' }, '4.17.21');
    const actor = createActor(packageRequestMachine(), {
      input: { label: 'lodash', tokenRejection: null, steps: result.steps },
    }).start();
    expect(actor.getSnapshot().value).toBe('unavailable');
    expect(actor.getSnapshot().output).toEqual({
      ok: false,
      reason: expect.stringContaining('503'),
    });
  });
});
