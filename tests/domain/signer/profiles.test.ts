// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  cancelSigningProfile,
  putSigningProfile,
  revocationOf,
  revokeSignature,
  revokeSigningProfile,
  signArtifact,
} from '../../../src/domain/signer';
import { T0, profile, sign } from './fixtures';

describe('signing profiles (signer/signing-profiles)', () => {
  it('defaults the signature validity period to 135 months', () => {
    const p = profile();
    expect(p.signatureValidityPeriod).toEqual({ value: 135, type: 'MONTHS' });
    expect(sign(p, 'sha384:abc').expiresAt).toBe('2037-04-01T00:00:00.000Z');
  });

  it('gives the profile and version ARNs AWS writes, with a 10-character version', () => {
    const p = profile();
    expect(p.arn).toBe('arn:aws:signer:us-east-1:111122223333:/signing-profiles/release_signer');
    expect(p.profileVersion).toMatch(/^[a-zA-Z0-9]{10}$/);
    expect(p.profileVersionArn).toBe(`${p.arn}/${p.profileVersion}`);
    expect(p.status).toBe('Active');
  });

  it('refuses more than 135 months and names with hyphens', () => {
    const tooLong = () =>
      putSigningProfile(
        {
          profileName: 'x_y',
          platformId: 'AWSLambda-SHA384-ECDSA',
          signatureValidityPeriod: { value: 12, type: 'YEARS' },
          region: 'us-east-1',
          accountId: '111122223333',
        },
        T0,
      );
    expect(tooLong).toThrow(PolicyError);
    expect(() => profile('release-signer')).toThrow(/letters, digits or underscores/);
  });

  it('counts validity in calendar days, months or years', () => {
    const days = putSigningProfile(
      {
        profileName: 'short_lived',
        platformId: 'Notation-OCI-SHA384-ECDSA',
        signatureValidityPeriod: { value: 10, type: 'DAYS' },
        region: 'us-east-1',
        accountId: '111122223333',
      },
      T0,
    );
    expect(sign(days, 'sha256:img').expiresAt).toBe('2026-01-11T00:00:00.000Z');
  });

  it('signs only on the platform made for the artifact', () => {
    const lambda = profile();
    const refused = signArtifact(lambda, { kind: 'container-image', digest: 'sha256:1' }, T0);
    expect(refused.signature).toBeNull();
    expect(refused.trace.at(-1)).toMatch(/Notation-OCI-SHA384-ECDSA/);
  });
});

describe('canceling a profile (signer/API_CancelSigningProfile)', () => {
  it('stops new signing jobs but revokes nothing already signed', () => {
    const p = profile();
    const before = sign(p, 'sha384:abc');
    const canceled = cancelSigningProfile(p, T0);
    expect(canceled.ok).toBe(true);
    expect(canceled.profile.status).toBe('Canceled');
    expect(signArtifact(canceled.profile, before.artifact, T0).signature).toBeNull();
    expect(revocationOf(before, [canceled.profile], Date.parse(T0))).toBeNull();
  });

  it('cancels only an Active profile', () => {
    const p = cancelSigningProfile(profile(), T0).profile;
    expect(cancelSigningProfile(p, T0).ok).toBe(false);
  });
});

describe('revoking a profile (signer/revocation)', () => {
  const p = profile();
  const early = sign(p, 'sha384:old', '2026-01-01T00:00:00.000Z');
  const late = sign(p, 'sha384:new', '2026-03-01T00:00:00.000Z');
  const now = '2026-04-01T00:00:00.000Z';

  it('distrusts signatures made at or after the effective time, not before', () => {
    const r = revokeSigningProfile(
      p,
      { effectiveTime: '2026-02-01T00:00:00Z', reason: 'key leaked' },
      now,
    );
    expect(r.ok).toBe(true);
    expect(r.profile.status).toBe('Revoked');
    expect(revocationOf(early, [r.profile], Date.parse(now))).toBeNull();
    expect(revocationOf(late, [r.profile], Date.parse(now))).toMatch(/revoked effective/);
  });

  it('refuses an effective time in the future', () => {
    const r = revokeSigningProfile(p, { effectiveTime: '2026-05-01T00:00:00Z', reason: 'x' }, now);
    expect(r.ok).toBe(false);
    expect(r.profile).toBe(p);
  });

  it('moves the effective time earlier on a repeat, never later', () => {
    const first = revokeSigningProfile(
      p,
      { effectiveTime: '2026-02-01T00:00:00Z', reason: 'x' },
      now,
    ).profile;
    const earlier = revokeSigningProfile(
      first,
      { effectiveTime: '2025-12-01T00:00:00Z', reason: 'x' },
      now,
    );
    expect(earlier.ok).toBe(true);
    expect(earlier.profile.revocationRecord?.revocationEffectiveFrom).toBe(
      '2025-12-01T00:00:00.000Z',
    );
    const later = revokeSigningProfile(
      first,
      { effectiveTime: '2026-03-01T00:00:00Z', reason: 'x' },
      now,
    );
    expect(later.ok).toBe(false);
  });

  it('stops the profile signing anything new', () => {
    const revoked = revokeSigningProfile(p, { effectiveTime: now, reason: 'x' }, now).profile;
    expect(
      signArtifact(revoked, { kind: 'lambda-zip', digest: 'sha384:z' }, now).signature,
    ).toBeNull();
  });
});

describe('revoking one signature (signer/revocation)', () => {
  it('is irreversible and refused a second time', () => {
    const sig = sign(profile(), 'sha384:abc');
    const once = revokeSignature(sig, 'bad build', T0);
    expect(once.ok).toBe(true);
    expect(revocationOf(once.signature, [], Date.parse(T0))).toMatch(/was revoked/);
    expect(revokeSignature(once.signature, 'again', T0).ok).toBe(false);
  });
});
