// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import { checkLambdaDeployment, revokeSigningProfile } from '../../../src/domain/signer';
import type { CodeSigningConfig } from '../../../src/domain/signer';
import { T0, profile, sign } from './fixtures';

const p = profile();
const csc = (policy?: 'Warn' | 'Enforce'): CodeSigningConfig => ({
  AllowedPublishers: { SigningProfileVersionArns: [p.profileVersionArn] },
  ...(policy === undefined
    ? {}
    : { CodeSigningPolicies: { UntrustedArtifactOnDeployment: policy } }),
});
const now = '2026-02-01T00:00:00.000Z';

describe('Lambda code signing checks (lambda/configuration-codesigning)', () => {
  it('checks nothing without a code signing configuration', () => {
    const r = checkLambdaDeployment(
      null,
      { operation: 'UpdateFunctionCode', code: { name: 'f.zip', digest: 'd', signature: null } },
      [p],
      now,
    );
    expect(r).toMatchObject({ outcome: 'deployed', checks: [] });
  });

  it('runs the four documented checks in order on a signed package', () => {
    const sig = sign(p, 'sha384:pkg');
    const r = checkLambdaDeployment(
      csc('Enforce'),
      {
        operation: 'CreateFunction',
        code: { name: 'f.zip', digest: 'sha384:pkg', signature: sig },
      },
      [p],
      now,
    );
    expect(r.checks.map((c) => c.check)).toEqual(['integrity', 'expiry', 'mismatch', 'revocation']);
    expect(r.outcome).toBe('deployed');
  });

  it('checks layers on UpdateFunctionConfiguration, and the code is not re-checked', () => {
    const layer = { name: 'layer.zip', digest: 'sha384:layer', signature: null };
    const r = checkLambdaDeployment(
      csc('Enforce'),
      { operation: 'UpdateFunctionConfiguration', layers: [layer] },
      [p],
      now,
    );
    expect(r).toMatchObject({ outcome: 'blocked', error: 'CodeVerificationFailedException' });
    expect(r.checks.every((c) => c.artifact === 'layer.zip')).toBe(true);
  });

  it('does not apply code signing to container image functions (configuration-codesigning-create)', () => {
    const r = checkLambdaDeployment(
      csc('Enforce'),
      {
        operation: 'CreateFunction',
        PackageType: 'Image',
        code: { name: 'img', digest: 'sha256:x', signature: null },
      },
      [p],
      now,
    );
    expect(r.outcome).toBe('deployed');
    expect(r.trace.at(-1)).toMatch(/container image/);
  });

  it('lets a published version keep running after revocation: only new deployments are checked', () => {
    const sig = sign(p, 'sha384:pkg', '2026-01-15T00:00:00.000Z');
    const revoked = revokeSigningProfile(
      p,
      { effectiveTime: '2026-01-10T00:00:00Z', reason: 'leak' },
      now,
    ).profile;
    const redeploy = checkLambdaDeployment(
      csc('Enforce'),
      {
        operation: 'UpdateFunctionCode',
        code: { name: 'f.zip', digest: 'sha384:pkg', signature: sig },
      },
      [revoked],
      now,
    );
    expect(redeploy).toMatchObject({
      outcome: 'blocked',
      error: 'CodeVerificationFailedException',
    });
    const publish = checkLambdaDeployment(
      csc('Enforce'),
      { operation: 'PublishVersion' },
      [revoked],
      now,
    );
    expect(publish.outcome).toBe('deployed');
    expect(publish.trace.at(-1)).toMatch(/API_PublishVersion/);
  });

  it('names the default Warn policy in its trace (API_CodeSigningPolicies)', () => {
    const r = checkLambdaDeployment(
      csc(),
      { operation: 'UpdateFunctionCode', code: { name: 'f.zip', digest: 'd', signature: null } },
      [p],
      T0,
    );
    expect(r.trace[1]).toMatch(/Warn \(the default\)/);
  });

  it('refuses a code deployment without code, and a bad configuration, with located errors', () => {
    expect(() =>
      checkLambdaDeployment(csc(), { operation: 'UpdateFunctionCode' }, [p], now),
    ).toThrow(PolicyError);
    const bad = { AllowedPublishers: { SigningProfileVersionArns: ['not-an-arn'] } };
    expect(() => checkLambdaDeployment(bad, { operation: 'PublishVersion' }, [p], now)).toThrow(
      /config\.AllowedPublishers\.SigningProfileVersionArns\[0\]/,
    );
  });
});
