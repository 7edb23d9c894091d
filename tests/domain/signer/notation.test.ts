// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import { deployContainerImage, verifyImageSignature } from '../../../src/domain/signer';
import type { TrustPolicyDocument } from '../../../src/domain/signer';
import { profile, sign } from './fixtures';

const p = profile('ecr_signing_profile', 'Notation-OCI-SHA384-ECDSA');
const image = {
  repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/web',
  digest: 'sha256:abc',
};
const policy: TrustPolicyDocument = {
  version: '1.0',
  trustPolicies: [
    {
      name: 'aws-signer-tp',
      registryScopes: ['*'],
      signatureVerification: { level: 'strict' },
      trustStores: ['signingAuthority:aws-signer-ts'],
      trustedIdentities: [p.arn],
    },
  ],
};
const now = '2026-02-01T00:00:00.000Z';

describe('a deploy step and signatures (signer/image-verification)', () => {
  it('runs an unsigned image when no verification step is configured: ECR does not check', () => {
    const r = deployContainerImage(null, image, [], [p], now);
    expect(r).toMatchObject({ deployed: true, verified: null });
    expect(r.trace[0]).toMatch(/without looking at signatures/);
  });

  it('refuses the unsigned image once Notation verifies the deploy', () => {
    expect(deployContainerImage(policy, image, [], [p], now)).toMatchObject({
      deployed: false,
      verified: false,
    });
  });

  it('deploys an image signed by the trusted profile', () => {
    const sig = sign(p, image.digest);
    expect(deployContainerImage(policy, image, [sig], [p], now)).toMatchObject({
      deployed: true,
      verified: true,
    });
  });

  it('passes when one of several signatures verifies', () => {
    const other = sign(profile('other_team', 'Notation-OCI-SHA384-ECDSA'), image.digest);
    const r = verifyImageSignature(policy, image, [other, sign(p, image.digest)], [p], now);
    expect(r.verified).toBe(true);
    expect(r.validations.some((v) => v.validation === 'authenticity' && !v.passed)).toBe(true);
  });

  it('needs the AWS Signer trust store for authenticity', () => {
    const noStore: TrustPolicyDocument = {
      ...policy,
      trustPolicies: [{ ...policy.trustPolicies[0]!, trustStores: ['ca:acme-rockets'] }],
    };
    const r = verifyImageSignature(noStore, image, [sign(p, image.digest)], [p], now);
    expect(r.verified).toBe(false);
    expect(r.validations.at(-1)).toMatchObject({ validation: 'authenticity', action: 'enforced' });
  });
});

describe('trust policy rules (notation/trust-policy)', () => {
  const statement = policy.trustPolicies[0]!;
  it('refuses skip with the global scope', () => {
    const bad = {
      version: '1.0',
      trustPolicies: [{ ...statement, signatureVerification: { level: 'skip' } }],
    } as TrustPolicyDocument;
    expect(() => verifyImageSignature(bad, image, [], [p], now)).toThrow(PolicyError);
  });

  it('refuses two global policies', () => {
    const bad: TrustPolicyDocument = {
      version: '1.0',
      trustPolicies: [statement, { ...statement, name: 'second' }],
    };
    expect(() => verifyImageSignature(bad, image, [], [p], now)).toThrow(/only one trust policy/);
  });

  it('refuses an integrity override, naming the path', () => {
    const bad = {
      version: '1.0',
      trustPolicies: [
        {
          ...statement,
          signatureVerification: { level: 'strict', override: { integrity: 'log' } },
        },
      ],
    };
    expect(() =>
      verifyImageSignature(bad as unknown as TrustPolicyDocument, image, [], [p], now),
    ).not.toThrow(TypeError);
  });
});
