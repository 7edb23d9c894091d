// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cronMatches,
  nextCronMatch,
  resolveVersion,
  runImageBuild,
  scheduledTick,
  versionMatches,
} from '../../../src/domain/imagebuilder';
import type { Catalog, ImagePipeline } from '../../../src/domain/imagebuilder';
import { catalog, environment, pipeline } from './fixtures';

const node = fc.integer({ min: 0, max: 4 });
const version = fc.tuple(node, node, node).map((v) => v.join('.'));
const filter = fc
  .tuple(node, node, node, fc.integer({ min: 0, max: 3 }))
  .map(([a, b, c, wild]) => [a, b, c].map((n, i) => (i >= 3 - wild ? 'x' : String(n))).join('.'));
const cmp = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
};

describe('semantic version properties', () => {
  it('resolves to the greatest matching version, or null when none matches', () => {
    fc.assert(
      fc.property(filter, fc.uniqueArray(version, { maxLength: 8 }), (f, versions) => {
        const r = resolveVersion(f, versions);
        const matching = versions.filter((v) => versionMatches(f, v));
        if (r === null) expect(matching).toEqual([]);
        else for (const v of matching) expect(cmp(r, v)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('widening a filter never resolves to an older version', () => {
    fc.assert(
      fc.property(
        version,
        fc.uniqueArray(version, { minLength: 1, maxLength: 8 }),
        (v, versions) => {
          const [a, b] = v.split('.');
          const chain = [`${a}.${b}.x`, `${a}.x.x`, 'x.x.x'].map((f) =>
            resolveVersion(f, versions),
          );
          for (let i = 1; i < chain.length; i++) {
            if (chain[i - 1] !== null)
              expect(cmp(chain[i]!, chain[i - 1]!)).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('schedule properties', () => {
  const expr = fc.constantFrom(
    'cron(0 0 * * ? *)',
    'cron(0/20 8-17 ? * MON-FRI *)',
    'cron(30 6 L * ? *)',
    'cron(0 12 ? * 2#1 *)',
  );
  const instant = fc
    .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2027-12-31T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString());

  it('the next match matches, lies after the start, and is the next from just before it', () => {
    fc.assert(
      fc.property(expr, instant, (e, t) => {
        const next = nextCronMatch(e, t);
        expect(next).not.toBeNull();
        expect(cronMatches(e, next!)).toBe(true);
        expect(Date.parse(next!)).toBeGreaterThan(Date.parse(t));
        expect(nextCronMatch(e, new Date(Date.parse(next!) - 60_000).toISOString())).toBe(next);
      }),
      { numRuns: 60 },
    );
  });

  it('EXPRESSION_MATCH_ONLY builds whenever the default condition does', () => {
    const last = fc.record({
      parentImage: fc.constantFrom(
        'amazon-linux-2023-x86/2026.1.1',
        'amazon-linux-2023-x86/2026.2.0',
      ),
      components: fc
        .tuple(fc.constantFrom('update-linux/1.0.0', 'update-linux/1.0.1'))
        .map(([u]) => [u, 'cis-hardening/2.3.0', 'reboot-test-linux/1.0.0']),
    });
    fc.assert(
      fc.property(fc.option(last, { nil: null }), instant, (lastBuild, t) => {
        const by = (c: 'EXPRESSION_MATCH_ONLY' | undefined): ImagePipeline => ({
          ...pipeline,
          schedule: {
            scheduleExpression: 'cron(0 * * * ? *)',
            ...(c === undefined ? {} : { pipelineExecutionStartCondition: c }),
          },
        });
        const minute = new Date(Math.floor(Date.parse(t) / 3_600_000) * 3_600_000).toISOString();
        const dflt = scheduledTick(by(undefined), catalog, lastBuild, minute);
        const always = scheduledTick(by('EXPRESSION_MATCH_ONLY'), catalog, lastBuild, minute);
        if (dflt.build) expect(always.build).toBe(true);
        expect(always.build).toBe(always.expressionMatches);
      }),
      { numRuns: 60 },
    );
  });
});

describe('build properties', () => {
  type Knobs = {
    buildFails: boolean;
    testFails: boolean;
    testsEnabled: boolean;
    target: string | null;
  };
  const knobs: fc.Arbitrary<Knobs> = fc.record({
    buildFails: fc.boolean(),
    testFails: fc.boolean(),
    testsEnabled: fc.boolean(),
    target: fc.constantFrom(null, '444455556666', '777788889999'),
  });
  const scenario = ({ buildFails, testFails, testsEnabled, target }: Knobs) => {
    const withFail = (c: Catalog, name: string, phase: 'build' | 'test'): Catalog => ({
      ...c,
      components: {
        ...c.components,
        [name]: {
          ...c.components[name]!,
          versions: c.components[name]!.versions.map((v) => ({
            ...v,
            fails: { phase, reason: 'exit 1' },
          })),
        },
      },
    });
    let cat = catalog;
    if (buildFails) cat = withFail(cat, 'cis-hardening', 'build');
    if (testFails) cat = withFail(cat, 'reboot-test-linux', 'test');
    const p: ImagePipeline = {
      ...pipeline,
      imageTestsConfiguration: { imageTestsEnabled: testsEnabled },
      ...(target === null
        ? {}
        : {
            distributionConfiguration: {
              name: 'd',
              distributions: [
                {
                  region: 'us-west-2',
                  amiDistributionConfiguration: { targetAccountIds: [target] },
                },
              ],
            },
          }),
    };
    return runImageBuild({
      pipeline: p,
      catalog: cat,
      environment,
      previousBuilds: [],
      now: '2026-03-01T00:00:00Z',
    });
  };

  it('stops at the first failing stage: later stages do not run and nothing is delivered', () => {
    fc.assert(
      fc.property(knobs, (k) => {
        const r = scenario(k);
        expect(r.stages.map((s) => s.stage)).toEqual(['build', 'test', 'distribute']);
        const failedAt = r.stages.findIndex((s) => s.status === 'failed');
        expect(r.status === 'AVAILABLE').toBe(failedAt === -1);
        if (failedAt >= 0) {
          expect(r.stages.slice(failedAt + 1).every((s) => s.status === 'not run')).toBe(true);
          if (failedAt < 2) expect(r.outputs.amis).toEqual([]);
        }
      }),
    );
  });

  it('disabling image tests never turns a good build into a failed one', () => {
    fc.assert(
      fc.property(knobs, (k) => {
        if (scenario({ ...k, testsEnabled: true }).status === 'AVAILABLE') {
          expect(scenario({ ...k, testsEnabled: false }).status).toBe('AVAILABLE');
        }
      }),
    );
  });
});
