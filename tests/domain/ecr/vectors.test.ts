// @vitest-environment node
/**
 * Worked examples from the Amazon ECR user guide, stored as JSON under tests/vectors/ecr: each
 * names its page, states the claim and walks through the cases.
 */
import { describe, expect, it } from 'vitest';
import {
  replicateDeletion,
  replicateImage,
  repositoryScanSetting,
  scanningFilterMatches,
} from '../../../src/domain/ecr';
import type {
  Registry,
  RegistryScanningConfiguration,
  ReplicationConfiguration,
  SourceDeletion,
  StoredImage,
} from '../../../src/domain/ecr';

type Source = { registryId: string; region: string };
type Vector = { title: string; source: string; claim: string } & (
  | { kind: 'filter-table'; repositories: string[]; filters: Record<string, boolean[]> }
  | {
      kind: 'scan-setting';
      cases: {
        note: string;
        configuration: RegistryScanningConfiguration | null;
        repositoryName: string;
        expect: string | null;
      }[];
    }
  | {
      kind: 'replicate';
      cases: {
        note: string;
        source: Source;
        origin?: 'push' | 'replication';
        configuration: ReplicationConfiguration;
        repositoryName: string;
        image: StoredImage;
        registries: Registry[];
        expect: object[];
      }[];
    }
  | {
      kind: 'delete';
      cases: {
        note: string;
        configuration: ReplicationConfiguration;
        deletion: SourceDeletion;
        registries: Registry[];
        expectImages: StoredImage[];
      }[];
    }
);

const files = import.meta.glob<Vector>('../../vectors/ecr/*.json', {
  eager: true,
  import: 'default',
});
const SOURCE = { registryId: '111122223333', region: 'us-east-1' };

describe('worked examples from the Amazon ECR user guide', () => {
  it('has vectors to run', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(5);
  });

  for (const [file, vector] of Object.entries(files)) {
    describe(`${file.split('/').pop()}: ${vector.title}`, () => {
      it('cites a user-guide page and states the claim it checks', () => {
        expect(vector.source).toMatch(
          /^https:\/\/docs\.aws\.amazon\.com\/AmazonECR\/latest\/userguide\/[a-z-]+\.html/,
        );
        expect(vector.claim.length).toBeGreaterThan(40);
      });

      if (vector.kind === 'filter-table') {
        for (const [filter, row] of Object.entries(vector.filters)) {
          it(`filter "${filter}" matches as the table says`, () => {
            expect(vector.repositories.map((r) => scanningFilterMatches(filter, r))).toEqual(row);
          });
        }
      } else if (vector.kind === 'scan-setting') {
        for (const c of vector.cases) {
          it(c.note, () => {
            const result = repositoryScanSetting(c.configuration, c.repositoryName);
            expect(result.scanFrequency, result.trace.join('\n')).toBe(c.expect);
          });
        }
      } else if (vector.kind === 'replicate') {
        for (const c of vector.cases) {
          it(c.note, () => {
            const result = replicateImage({
              ...c,
              ...(c.origin === undefined ? {} : { origin: c.origin }),
            });
            expect(result.destinations, result.trace.join('\n')).toMatchObject(c.expect);
            expect(result.destinations).toHaveLength(c.expect.length);
          });
        }
      } else {
        for (const c of vector.cases) {
          it(c.note, () => {
            const result = replicateDeletion({ source: SOURCE, repositoryName: 'web', ...c });
            const after = result.registries.find((r) => r.region === 'us-west-2');
            expect(after?.repositories['web']?.images, result.trace.join('\n')).toEqual(
              c.expectImages,
            );
          });
        }
      }
    });
  }
});
