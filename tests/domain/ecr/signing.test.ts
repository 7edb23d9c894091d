// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { managedSigningOnPush, pullImage } from '../../../src/domain/ecr';
import { cancelSigningProfile } from '../../../src/domain/signer';
import { profile } from '../signer/fixtures';

const p = profile('ecr_signing', 'Notation-OCI-SHA384-ECDSA');
const now = '2026-02-01T00:00:00.000Z';
const config = (filter?: string) => ({
  rules: [
    {
      signingProfileArn: p.arn,
      ...(filter === undefined
        ? {}
        : { repositoryFilters: [{ filter, filterType: 'WILDCARD_MATCH' as const }] }),
    },
  ],
});
const push = (over: Partial<Parameters<typeof managedSigningOnPush>[0]> = {}) =>
  managedSigningOnPush({
    configuration: config(),
    repositoryName: 'myapp/web',
    imageDigest: 'sha256:abc',
    profiles: [p],
    pusherCanSign: true,
    now,
    ...over,
  });

describe('ECR managed signing (ecr/managed-signing)', () => {
  it('signs every push when a rule has no filters', () => {
    const r = push();
    expect(r.signingStatuses).toEqual([{ signingProfileArn: p.arn, status: 'COMPLETE' }]);
    expect(r.signatures[0]).toMatchObject({
      artifact: { kind: 'container-image', digest: 'sha256:abc' },
    });
  });

  it('signs only repositories a filter selects', () => {
    expect(push({ configuration: config('myapp/*') }).signatures).toHaveLength(1);
    expect(push({ configuration: config('*/production') }).signatures).toHaveLength(0);
  });

  it('fails the signing, not the push, when the pusher may not sign', () => {
    expect(push({ pusherCanSign: false }).signingStatuses[0]).toMatchObject({
      status: 'FAILED',
      failureCode: 'AccessDenied',
    });
  });

  it('fails with a canceled profile', () => {
    const canceled = cancelSigningProfile(p, now).profile;
    expect(push({ profiles: [canceled] }).signingStatuses[0]?.status).toBe('FAILED');
  });

  it('signs nothing without a signing configuration', () => {
    expect(push({ configuration: null })).toMatchObject({ signingStatuses: [], signatures: [] });
  });
});

describe('a pull (ecr/image-scanning, ecr/image-signing)', () => {
  it('is served despite critical findings and without a signature', () => {
    const r = pullImage({
      repositoryName: 'web',
      imageDigest: 'sha256:abc',
      findingSeverityCounts: { CRITICAL: 3 },
      signed: false,
    });
    expect(r.served).toBe(true);
    expect(r.trace.join('\n')).toMatch(/does not block a pull[\s\S]*does not verify signatures/);
  });
});
