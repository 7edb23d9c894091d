// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as ecr from '../../../src/domain/ecr';
import { onlyPolicyErrors } from '../signer/helpers';

const now = '2026-01-01T00:00:00Z';

describe('bad input never crashes the ecr engine: only PolicyError is thrown', () => {
  for (const name of [
    'parseScanningConfiguration',
    'parseReplicationConfiguration',
    'parseSigningConfiguration',
    'parseEventBridgeRule',
    'parseRegistry',
    'parsePushedImage',
    'parseSourceDeletion',
  ] as const) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything(), (value) => onlyPolicyErrors(() => ecr[name](value))),
        { numRuns: 100 },
      );
    });
  }

  it('decision functions given malformed documents', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string(), (a, b, text) => {
        onlyPolicyErrors(() => ecr.repositoryScanSetting(a as never, text));
        onlyPolicyErrors(() => ecr.routeEvents([a as never], []));
        onlyPolicyErrors(() => ecr.replicationDestinations(a as never, text));
        onlyPolicyErrors(() => ecr.scanOnPush(null, a as never, b as never, now));
        onlyPolicyErrors(() =>
          ecr.replicateImage({
            source: a as never,
            configuration: null,
            repositoryName: text,
            image: b as never,
            registries: [],
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});
