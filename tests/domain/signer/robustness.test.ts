// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as signer from '../../../src/domain/signer';
import { onlyPolicyErrors } from './helpers';

const now = '2026-01-01T00:00:00Z';

describe('bad input never crashes the signer engine: only PolicyError is thrown', () => {
  for (const name of [
    'parseSigningProfile',
    'parseSignature',
    'parseCodeSigningConfig',
    'parseLambdaDeployment',
    'parseTrustPolicy',
    'parseImageReference',
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything(), (value) => onlyPolicyErrors(() => signer[name](value))),
        { numRuns: 100 },
      );
    });
  }

  it('decision functions given malformed documents', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), (a, b, text) => {
        onlyPolicyErrors(() => signer.checkLambdaDeployment(a as never, b as never, [], now));
        onlyPolicyErrors(() => signer.verifyImageSignature(a as never, b as never, [], [], now));
        onlyPolicyErrors(() =>
          signer.putSigningProfile(
            {
              profileName: text,
              platformId: 'AWSLambda-SHA384-ECDSA',
              region: text,
              accountId: text,
            },
            text,
          ),
        );
      }),
      { numRuns: 150 },
    );
  });
});
