// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLambdaDeployment,
  revokeSigningProfile,
  verifyImageSignature,
} from '../../../src/domain/signer';
import type {
  CodeSigningConfig,
  LambdaDeployment,
  Signature,
  SigningProfile,
  TrustPolicyDocument,
} from '../../../src/domain/signer';
import { profile, sign } from './fixtures';

const DAY = 86_400_000;
const BASE = Date.parse('2026-01-01T00:00:00Z');
const at = (days: number) => new Date(BASE + days * DAY).toISOString();
const DIGESTS = ['sha384:a', 'sha384:b', 'sha384:c'];

const lambdaProfiles = [profile('team_a'), profile('team_b')];
const imageProfiles = [
  profile('img_a', 'Notation-OCI-SHA384-ECDSA'),
  profile('img_b', 'Notation-OCI-SHA384-ECDSA'),
];

/** A package: unsigned, or signed by one of the profiles on some day, maybe revoked, maybe altered. */
const codePackage = (profiles: SigningProfile[], name: string) =>
  fc
    .record({
      digest: fc.constantFrom(...DIGESTS),
      signedDigest: fc.constantFrom(...DIGESTS),
      signer: fc.option(fc.constantFrom(...profiles), { nil: null }),
      signedDay: fc.integer({ min: 0, max: 400 }),
      revoked: fc.boolean(),
    })
    .map(({ digest, signedDigest, signer, signedDay, revoked }) => {
      if (signer === null) return { name, digest, signature: null };
      const sig: Signature = sign(signer, signedDigest, at(signedDay));
      return {
        name,
        digest,
        signature: revoked
          ? { ...sig, revocationRecord: { revokedAt: at(signedDay), reason: 'x' } }
          : sig,
      };
    });

const deployment: fc.Arbitrary<LambdaDeployment> = fc.record({
  operation: fc.constantFrom('CreateFunction' as const, 'UpdateFunctionCode' as const),
  code: codePackage(lambdaProfiles, 'function.zip'),
  layers: fc.array(codePackage(lambdaProfiles, 'layer.zip'), { maxLength: 2 }),
});

const config = (policy: 'Warn' | 'Enforce'): CodeSigningConfig => ({
  AllowedPublishers: { SigningProfileVersionArns: [lambdaProfiles[0]!.profileVersionArn] },
  CodeSigningPolicies: { UntrustedArtifactOnDeployment: policy },
});
const now = fc.integer({ min: 0, max: 800 }).map(at);

describe('Lambda code signing properties', () => {
  it('Enforce never deploys what Warn blocks, and Enforce deploys only what Warn deploys cleanly', () => {
    fc.assert(
      fc.property(deployment, now, (d, t) => {
        const warn = checkLambdaDeployment(config('Warn'), d, lambdaProfiles, t);
        const enforce = checkLambdaDeployment(config('Enforce'), d, lambdaProfiles, t);
        if (warn.outcome === 'blocked') expect(enforce.outcome).toBe('blocked');
        if (enforce.outcome === 'deployed') expect(warn.outcome).toBe('deployed');
        expect(warn.checks).toEqual(enforce.checks);
      }),
    );
  });

  it('Warn blocks only an integrity failure', () => {
    fc.assert(
      fc.property(deployment, now, (d, t) => {
        const r = checkLambdaDeployment(config('Warn'), d, lambdaProfiles, t);
        const integrityFailed = r.checks.some((c) => c.check === 'integrity' && !c.passed);
        expect(r.outcome === 'blocked').toBe(integrityFailed);
      }),
    );
  });

  it('revoking a profile never lets through a deployment that was blocked', () => {
    fc.assert(
      fc.property(deployment, fc.integer({ min: 0, max: 400 }), (d, effectiveDay) => {
        const t = at(500);
        const before = checkLambdaDeployment(config('Enforce'), d, lambdaProfiles, t);
        const revoked = revokeSigningProfile(
          lambdaProfiles[0]!,
          { effectiveTime: at(effectiveDay), reason: 'x' },
          t,
        );
        const profiles = [revoked.profile, lambdaProfiles[1]!];
        const after = checkLambdaDeployment(config('Enforce'), d, profiles, t);
        if (before.outcome === 'blocked') expect(after.outcome).toBe('blocked');
      }),
    );
  });
});

describe('Notation properties', () => {
  const policy = (level: 'strict' | 'permissive' | 'audit'): TrustPolicyDocument => ({
    version: '1.0',
    trustPolicies: [
      {
        name: 'tp',
        registryScopes: ['*'],
        signatureVerification: { level },
        trustStores: ['signingAuthority:aws-signer-ts'],
        trustedIdentities: [imageProfiles[0]!.arn],
      },
    ],
  });
  const signatures = fc
    .array(codePackage(imageProfiles, 'sig'), { maxLength: 3 })
    .map((pkgs) => pkgs.flatMap((p) => (p.signature === null ? [] : [p.signature])));
  const image = {
    repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/web',
    digest: DIGESTS[0]!,
  };

  it('what strict verifies, permissive verifies; what permissive verifies, audit verifies', () => {
    fc.assert(
      fc.property(signatures, now, (sigs, t) => {
        const strict = verifyImageSignature(
          policy('strict'),
          image,
          sigs,
          imageProfiles,
          t,
        ).verified;
        const permissive = verifyImageSignature(
          policy('permissive'),
          image,
          sigs,
          imageProfiles,
          t,
        ).verified;
        const audit = verifyImageSignature(policy('audit'), image, sigs, imageProfiles, t).verified;
        if (strict) expect(permissive).toBe(true);
        if (permissive) expect(audit).toBe(true);
      }),
    );
  });

  it('an image with no signature never verifies, whatever the level other than skip', () => {
    for (const level of ['strict', 'permissive', 'audit'] as const) {
      expect(verifyImageSignature(policy(level), image, [], imageProfiles, at(0)).verified).toBe(
        false,
      );
    }
  });
});
