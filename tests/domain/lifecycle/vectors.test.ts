/**
 * Worked examples from the AWS documentation, stored as JSON under tests/vectors/lifecycle, run
 * against the engines. Each vector names its doc page and quotes what the page says.
 */
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  parseEcrLifecyclePolicy,
  previewEcrLifecycle,
  printEcrLifecyclePolicy,
  type EcrImage,
  type EcrImageAction,
  type EcrLifecyclePolicy,
} from '../../../src/domain/lifecycle/ecr';
import {
  applyS3Lifecycle,
  parseS3LifecycleConfiguration,
  type S3Bucket,
  type S3LifecycleConfiguration,
  type S3LifecycleEvent,
  type S3Object,
} from '../../../src/domain/lifecycle/s3';

interface EcrVector {
  title: string;
  source: string;
  docSays: string;
  now: string;
  policy: EcrLifecyclePolicy;
  images: EcrImage[];
  expected: { expired: EcrImageAction[]; transitioned: EcrImageAction[] };
}

interface EcrValidationVectors {
  valid: { why: string; policy: unknown }[];
  invalid: { why: string; path: string; policy: unknown }[];
}

interface S3Vector {
  title: string;
  source: string;
  docSays: string;
  bucket: S3Bucket;
  configuration: S3LifecycleConfiguration;
  configurationAsDocumented?: unknown;
  expectErrorAsDocumented?: { path: string };
  objects: S3Object[];
  cases: { now: string; events: S3LifecycleEvent[]; remaining?: Record<string, string[]> }[];
}

interface S3ValidationVectors {
  valid: { why: string; configuration: unknown }[];
  invalid: { why: string; path: string; configuration: unknown }[];
}

const ecrFiles = import.meta.glob<EcrVector>('../../vectors/lifecycle/ecr-*.json', {
  eager: true,
  import: 'default',
});
const s3Files = import.meta.glob<S3Vector>('../../vectors/lifecycle/s3-*.json', {
  eager: true,
  import: 'default',
});
const ecrValidation = ecrFiles[
  '../../vectors/lifecycle/ecr-policy-validation.json'
] as unknown as EcrValidationVectors;
const s3Validation = s3Files[
  '../../vectors/lifecycle/s3-configuration-validation.json'
] as unknown as S3ValidationVectors;

const ecrVectors = Object.entries(ecrFiles).filter(([name]) => !name.endsWith('validation.json'));
const s3Vectors = Object.entries(s3Files).filter(([name]) => !name.endsWith('validation.json'));

function errorPath(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).path;
  }
  throw new Error('expected a PolicyError');
}

const byDigest = (a: EcrImageAction, b: EcrImageAction) => a.digest.localeCompare(b.digest);

describe('ECR lifecycle examples (lifecycle_policy_examples)', () => {
  it('has every worked example of the page', () => {
    expect(ecrVectors.length).toBe(13);
  });

  it.each(ecrVectors.map(([file, v]) => [v.title, file, v] as const))(
    '%s',
    (_title, _file, vector) => {
      const text = printEcrLifecyclePolicy(vector.policy);
      const policy = parseEcrLifecyclePolicy(text);
      const result = previewEcrLifecycle(policy, vector.images, vector.now);
      expect([...result.expired].sort(byDigest)).toEqual(
        [...vector.expected.expired].sort(byDigest),
      );
      expect([...result.transitioned].sort(byDigest)).toEqual(
        [...vector.expected.transitioned].sort(byDigest),
      );
      // the raw JSON text is accepted too, with the same outcome
      expect(previewEcrLifecycle(text, vector.images, vector.now)).toEqual(result);
      // one trace line per image, plus the header and one per rule
      expect(result.trace).toHaveLength(1 + policy.rules.length + vector.images.length);
    },
  );
});

describe('ECR lifecycle policy properties (lifecycle_policy_parameters)', () => {
  it.each(ecrValidation.valid.map((v) => [v.why, v] as const))('accepts: %s', (_why, v) => {
    expect(() => parseEcrLifecyclePolicy(JSON.stringify(v.policy, null, 2))).not.toThrow();
  });
  it.each(ecrValidation.invalid.map((v) => [v.why, v] as const))('rejects: %s', (_why, v) => {
    expect(errorPath(() => parseEcrLifecyclePolicy(JSON.stringify(v.policy, null, 2)))).toBe(
      v.path,
    );
  });
});

describe('S3 lifecycle examples', () => {
  it.each(s3Vectors.map(([file, v]) => [v.title, file, v] as const))(
    '%s',
    (_title, _file, vector) => {
      const configuration = parseS3LifecycleConfiguration(JSON.stringify(vector.configuration));
      if (vector.configurationAsDocumented && vector.expectErrorAsDocumented) {
        expect(
          errorPath(() =>
            parseS3LifecycleConfiguration(JSON.stringify(vector.configurationAsDocumented)),
          ),
        ).toBe(vector.expectErrorAsDocumented.path);
      }
      for (const c of vector.cases) {
        const result = applyS3Lifecycle({
          bucket: vector.bucket,
          configuration,
          objects: vector.objects,
          now: c.now,
        });
        expect(result.events, `events at ${c.now}`).toEqual(c.events);
        if (c.remaining) {
          const remaining = Object.fromEntries(
            result.objects
              .filter((o) => o.versions.length > 0)
              .map((o) => [o.key, o.versions.map((v) => v.versionId)]),
          );
          const expected = { ...c.remaining };
          // objects no rule touched stay as they were
          for (const o of vector.objects) {
            if (!(o.key in expected) && result.objects.includes(o))
              expected[o.key] = o.versions.map((v) => v.versionId);
          }
          expect(remaining, `versions left at ${c.now}`).toEqual(expected);
        }
      }
    },
  );
});

describe('S3 lifecycle configuration constraints', () => {
  it.each(s3Validation.valid.map((v) => [v.why, v] as const))('accepts: %s', (_why, v) => {
    expect(() => parseS3LifecycleConfiguration(JSON.stringify(v.configuration))).not.toThrow();
  });
  it.each(s3Validation.invalid.map((v) => [v.why, v] as const))('rejects: %s', (_why, v) => {
    expect(errorPath(() => parseS3LifecycleConfiguration(JSON.stringify(v.configuration)))).toBe(
      v.path,
    );
  });
});
