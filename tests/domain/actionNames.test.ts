import { describe, expect, it } from 'vitest';
import { parseAccessChallenge } from '../../src/domain/access/challenge';
import { parseAccessAction } from '../../src/domain/access/scenario';
import { parseUpstreamChallenge } from '../../src/domain/codeartifact/challenge';
import { upstreamActionSchema } from '../../src/domain/codeartifact/scenario';
import { parseLifecycleAction } from '../../src/domain/lifecycle/challenge';
import { PolicyError } from '../../src/domain/errors';
import { parseOrThrow } from '../../src/domain/parseOrThrow';
import managedKey from '../../content/challenges/access/aws-managed-key.json';
import outage from '../../content/challenges/upstream/survive-npm-outage.json';
import predict from '../../content/challenges/upstream/predict-search-order.json';

const parseUpstreamAction = (raw: unknown) => parseOrThrow(upstreamActionSchema, raw, 'action');
const pkg = { repo: 'team-web', format: 'npm', name: 'lodash', version: '4.17.21' };

/** A content file as it was written before the noun.verb rename. */
function withOldNames(file: { solution: { type: string }[] }, old: Record<string, string>) {
  const newToOld = new Map(Object.entries(old).map(([o, n]) => [n, o]));
  return {
    ...file,
    solution: file.solution.map((a) => ({ ...a, type: newToOld.get(a.type) ?? a.type })),
  };
}

describe('actions written under their old names still load', () => {
  it('maps each old upstream name to its noun.verb name', () => {
    expect(parseUpstreamAction({ type: 'request', ...pkg }).type).toBe('package.request');
    expect(parseUpstreamAction({ type: 'publish', ...pkg }).type).toBe('package.publish');
    expect(
      parseUpstreamAction({
        type: 'registry.availability',
        connection: 'public:npmjs',
        available: false,
      }),
    ).toEqual({ type: 'registry.availability.set', connection: 'public:npmjs', available: false });
    expect(parseUpstreamAction({ type: 'predict', order: ['a', 'b'] })).toEqual({
      type: 'searchOrder.predict',
      order: ['a', 'b'],
    });
  });

  it('maps each old access and lifecycle name', () => {
    expect(parseAccessAction({ type: 'key.managedBy', managedBy: 'AWS' })).toEqual({
      type: 'key.manager.set',
      managedBy: 'AWS',
    });
    expect(parseAccessAction({ type: 'bucket.encryption', encryption: 'SSE-S3' })).toEqual({
      type: 'bucket.encryption.set',
      encryption: 'SSE-S3',
    });
    const ecr = { days: 5, everyDays: 1, tags: ['prod-'], sizeBytes: 1 };
    expect(parseLifecycleAction({ type: 'ecr.generate', ...ecr }).type).toBe('ecr.images.generate');
    const s3 = {
      prefix: 'builds/',
      name: 'app.zip',
      count: 3,
      everyDays: 1,
      size: 1,
      overwrite: true,
      lock: null,
    };
    expect(parseLifecycleAction({ type: 's3.generate', ...s3 }).type).toBe('s3.objects.generate');
  });

  it('reads a challenge file written with the old names as the current one', () => {
    const upstreamOld = {
      request: 'package.request',
      'registry.availability': 'registry.availability.set',
      predict: 'searchOrder.predict',
    };
    for (const file of [outage, predict]) {
      const old = withOldNames(file, upstreamOld);
      expect(old.solution).not.toEqual(file.solution);
      expect(parseUpstreamChallenge(old)).toEqual(parseUpstreamChallenge(file));
    }
    const oldAccess = withOldNames(managedKey, { 'key.managedBy': 'key.manager.set' });
    expect(parseAccessChallenge(oldAccess)).toEqual(parseAccessChallenge(managedKey));
  });

  it('still refuses a name that never existed, saying where', () => {
    const bad = () => parseUpstreamAction({ type: 'fetch', ...pkg });
    expect(bad).toThrow(PolicyError);
    expect(bad).toThrow(/^action\.type: /);
    // The rename table is looked up by own keys only.
    expect(() => parseUpstreamAction({ type: 'toString', ...pkg })).toThrow(PolicyError);
  });
});
