// @vitest-environment node
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import scenario from '../../../content/scenarios/upstream.json';
import { parseUpstreamScenario } from '../../../src/domain/codeartifact/challenge';
import { PolicyError } from '../../../src/domain/errors';
import { decodeScenario, encodeScenario } from '../../../src/features/sandbox/frame/shareLink';

const link = (json: string) => `v1.${compressToEncodedURIComponent(json)}`;

describe('share links', () => {
  it('round-trip a scenario', () => {
    const parsed = parseUpstreamScenario(scenario);
    expect(decodeScenario(encodeScenario(parsed), parseUpstreamScenario)).toEqual(parsed);
  });

  it('refuse unknown versions, damaged data and bad JSON with a located PolicyError', () => {
    expect(() => decodeScenario('v2.abc', parseUpstreamScenario)).toThrow(/unknown link version/);
    expect(() => decodeScenario('no-dot', parseUpstreamScenario)).toThrow(PolicyError);
    expect(() => decodeScenario('v1.%%%', parseUpstreamScenario)).toThrow(/damaged/);
    expect(() => decodeScenario(link('{"domain":'), parseUpstreamScenario)).toThrow(/damaged/);
  });

  it('names the field of a scenario that fails its schema', () => {
    const bad = { ...scenario, now: 'yesterday' };
    try {
      decodeScenario(link(JSON.stringify(bad)), parseUpstreamScenario);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).path).toBe('scenario.now');
    }
  });

  it('rejects __proto__ and constructor keys instead of polluting prototypes', () => {
    const polluted = JSON.stringify(scenario).replace('"team-web":', '"__proto__":');
    expect(() => decodeScenario(link(polluted), parseUpstreamScenario)).toThrow(/not allowed/);
    const ctor = JSON.stringify(scenario).replace('"npm/lodash":', '"constructor":');
    expect(() => decodeScenario(link(ctor), parseUpstreamScenario)).toThrow(PolicyError);
    expect(({} as Record<string, unknown>)['upstreams']).toBeUndefined();
  });

  it('never throws anything but PolicyError on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((j) => link(j)),
          fc.string().map((s) => `v1.${s}`),
        ),
        (input) => {
          try {
            decodeScenario(input, parseUpstreamScenario);
          } catch (error) {
            expect(error).toBeInstanceOf(PolicyError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
