// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as imagebuilder from '../../../src/domain/imagebuilder';
import { onlyPolicyErrors } from '../signer/helpers';

const now = '2026-01-01T00:00:00Z';

describe('bad input never crashes the imagebuilder engine: only PolicyError is thrown', () => {
  for (const name of [
    'parseImagePipeline',
    'parseCatalog',
    'parseDistributionEnvironment',
    'parseLifecyclePolicy',
    'parseBuiltImage',
    'parseResolvedDependencies',
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything(), (value) => onlyPolicyErrors(() => imagebuilder[name](value))),
        { numRuns: 100 },
      );
    });
  }

  it('decision functions given malformed documents', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), (a, b, text) => {
        onlyPolicyErrors(() => imagebuilder.cronMatches(text, now));
        onlyPolicyErrors(() => imagebuilder.resolveVersion(text, ['1.0.0']));
        onlyPolicyErrors(() => imagebuilder.previewImageLifecycle(a as never, [], now));
        onlyPolicyErrors(() => imagebuilder.scheduledTick(a as never, b as never, null, now));
      }),
      { numRuns: 150 },
    );
  });
});
