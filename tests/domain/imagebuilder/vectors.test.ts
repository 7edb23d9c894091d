// @vitest-environment node
/**
 * Worked examples from the EC2 Image Builder documentation, stored as JSON under
 * tests/vectors/imagebuilder: each names its page, states the claim and walks through the cases.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import { resolveVersion, runImageBuild, scheduledTick } from '../../../src/domain/imagebuilder';
import type {
  Catalog,
  DistributionEnvironment,
  ImagePipeline,
  ResolvedDependencies,
} from '../../../src/domain/imagebuilder';

type Vector = { title: string; source: string; claim: string } & (
  | {
      kind: 'resolve';
      versions: string[];
      cases: { filter: string; expect?: string; error?: string }[];
    }
  | {
      kind: 'tick';
      catalog: Catalog;
      cases: {
        note: string;
        pipeline: ImagePipeline;
        lastBuild: ResolvedDependencies | null;
        now: string;
        expect: object;
      }[];
    }
  | {
      kind: 'build';
      catalog: Catalog;
      environment: DistributionEnvironment;
      cases: {
        note: string;
        pipeline: ImagePipeline;
        expect: { status: string; failedStage: string | null; amiAccounts: string[] };
      }[];
    }
);

const files = import.meta.glob<Vector>('../../vectors/imagebuilder/*.json', {
  eager: true,
  import: 'default',
});

describe('worked examples from the EC2 Image Builder docs', () => {
  it('has vectors to run', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(3);
  });

  for (const [file, vector] of Object.entries(files)) {
    describe(`${file.split('/').pop()}: ${vector.title}`, () => {
      it('cites an Image Builder page and states the claim it checks', () => {
        expect(vector.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/imagebuilder\/latest\//);
        expect(vector.claim.length).toBeGreaterThan(40);
      });

      if (vector.kind === 'resolve') {
        for (const c of vector.cases) {
          it(`${c.filter} → ${c.expect ?? 'error'}`, () => {
            if (c.error !== undefined) {
              expect(() => resolveVersion(c.filter, vector.versions)).toThrow(PolicyError);
            } else {
              expect(resolveVersion(c.filter, vector.versions)).toBe(c.expect);
            }
          });
        }
      } else if (vector.kind === 'tick') {
        for (const c of vector.cases) {
          it(c.note, () => {
            const r = scheduledTick(c.pipeline, vector.catalog, c.lastBuild, c.now);
            expect(r, r.trace.join('\n')).toMatchObject(c.expect);
          });
        }
      } else {
        for (const c of vector.cases) {
          it(c.note, () => {
            const r = runImageBuild({
              pipeline: c.pipeline,
              catalog: vector.catalog,
              environment: vector.environment,
              previousBuilds: [],
              now: '2026-03-01T00:00:00Z',
            });
            expect(
              {
                status: r.status,
                failedStage: r.failedStage,
                amiAccounts: r.outputs.amis.map((a) => a.accountId),
              },
              r.trace.join('\n'),
            ).toEqual(c.expect);
          });
        }
      }
    });
  }
});
