// @vitest-environment node
/**
 * Worked examples from the Lambda, Signer and Notation documentation, stored as JSON under
 * tests/vectors/signer: each names its page, states the claim and walks through the cases.
 */
import { describe, expect, it } from 'vitest';
import {
  checkLambdaDeployment,
  parseCodeSigningConfig,
  parseLambdaDeployment,
  parseSigningProfile,
  parseTrustPolicy,
  verifyImageSignature,
} from '../../../src/domain/signer';
import type { ImageReference, Signature, SigningProfile } from '../../../src/domain/signer';

interface Vector {
  title: string;
  source: string;
  claim: string;
  profiles: SigningProfile[];
  cases: (LambdaCase | NotationCase)[];
}

interface LambdaCase {
  note: string;
  now: string;
  config: unknown;
  deployment: unknown;
  expect: { outcome: string; error: string | null; failed: string[] };
}

interface NotationCase {
  note: string;
  now: string;
  trustPolicy: unknown;
  image: ImageReference;
  signatures: Signature[];
  expect: { verified: boolean; failed: string[]; trustPolicy?: string | null };
}

const files = import.meta.glob<Vector>('../../vectors/signer/*.json', {
  eager: true,
  import: 'default',
});

describe('worked examples from the Lambda, Signer and Notation docs', () => {
  it('has vectors to run', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(5);
  });

  for (const [file, vector] of Object.entries(files)) {
    describe(`${file.split('/').pop()}: ${vector.title}`, () => {
      it('cites its page and states the claim it checks', () => {
        expect(vector.source).toMatch(
          /^https:\/\/(docs\.aws\.amazon\.com|github\.com\/notaryproject)\//,
        );
        expect(vector.claim.length).toBeGreaterThan(40);
      });

      const profiles = vector.profiles.map((p, i) => parseSigningProfile(p, `profiles[${i}]`));
      for (const c of vector.cases) {
        it(c.note, () => {
          if ('deployment' in c) {
            const config = c.config === null ? null : parseCodeSigningConfig(c.config);
            const result = checkLambdaDeployment(
              config,
              parseLambdaDeployment(c.deployment),
              profiles,
              c.now,
            );
            expect(
              {
                outcome: result.outcome,
                error: result.error,
                failed: [...new Set(result.checks.filter((k) => !k.passed).map((k) => k.check))],
              },
              result.trace.join('\n'),
            ).toEqual(c.expect);
          } else {
            const result = verifyImageSignature(
              parseTrustPolicy(c.trustPolicy),
              c.image,
              c.signatures,
              profiles,
              c.now,
            );
            const failed = [
              ...new Set(result.validations.filter((v) => !v.passed).map((v) => v.validation)),
            ];
            expect({ verified: result.verified, failed }, result.trace.join('\n')).toEqual({
              verified: c.expect.verified,
              failed: c.expect.failed,
            });
            if ('trustPolicy' in c.expect) expect(result.trustPolicy).toBe(c.expect.trustPolicy);
          }
        });
      }
    });
  }
});
