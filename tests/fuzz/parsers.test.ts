// @vitest-environment node
/**
 * Every parser that takes user input — policies, lifecycle rules, share links, import files and
 * challenge files — on arbitrary input: it returns, or throws its own located PolicyError, and
 * it never hangs. (The time bound is a hang detector, not a performance measure.)
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import upstreamScenario from '../../content/scenarios/upstream.json';
import { parseExportFile } from '../../src/db/exportFile';
import { parsePolicy } from '../../src/domain/access';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../src/domain/codeartifact/challenge';
import { PolicyError } from '../../src/domain/errors';
import { parseEcrLifecyclePolicy } from '../../src/domain/lifecycle/ecr';
import { parseS3LifecycleConfiguration } from '../../src/domain/lifecycle/s3';
import { decodeScenario } from '../../src/features/sandbox/frame/shareLink';

const RUNS = 400;
const HANG_MS = 1000;

/** Calls the parser; passes if it returns or throws a PolicyError with a string path, in time. */
function survives(parse: (input: string) => unknown, input: string) {
  const started = performance.now();
  try {
    parse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect(typeof (error as PolicyError).path).toBe('string');
  }
  expect(performance.now() - started).toBeLessThan(HANG_MS);
}

/** Arbitrary text, arbitrary JSON, and valid JSON with one value swapped for junk. */
function inputs(valid: unknown) {
  const mutated = fc.tuple(fc.nat(), fc.jsonValue()).map(([seed, junk]) => {
    const copy = JSON.parse(JSON.stringify(valid)) as unknown;
    const paths: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          paths.push({ parent: v, key: i });
          walk(item);
        });
      } else if (v && typeof v === 'object') {
        for (const [k, item] of Object.entries(v)) {
          paths.push({ parent: v as Record<string, unknown>, key: k });
          walk(item);
        }
      }
    };
    walk(copy);
    const target = paths[seed % Math.max(paths.length, 1)];
    if (target) (target.parent as Record<string | number, unknown>)[target.key] = junk;
    return JSON.stringify(copy);
  });
  return fc.oneof(
    fc.string(),
    fc.json(),
    mutated,
    fc.constant(JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":1},')),
  );
}

const ecrPolicy = {
  rules: [
    {
      rulePriority: 1,
      description: 'keep ten prod images',
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['prod'],
        countType: 'imageCountMoreThan',
        countNumber: 10,
      },
      action: { type: 'expire' },
    },
  ],
};
const s3Config = {
  Rules: [
    {
      ID: 'tidy',
      Status: 'Enabled',
      Filter: { Prefix: 'builds/' },
      Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
      Expiration: { Days: 365 },
    },
  ],
};
const iamPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Pull',
      Effect: 'Allow',
      Action: ['ecr:BatchGetImage'],
      Resource: 'arn:aws:ecr:us-east-1:111111111111:repository/app',
    },
  ],
};
const exportFile = {
  app: 'artifact-lab',
  schemaVersion: 1,
  exportedAt: '2026-11-24T00:00:00.000Z',
  tables: { lessonProgress: [], attempts: [], reviewCards: [], sandboxSaves: [], settings: [] },
};
const challenge = JSON.parse(
  JSON.stringify(
    Object.values(
      import.meta.glob('../../content/challenges/upstream/*.json', {
        eager: true,
        import: 'default',
      }),
    )[0],
  ),
);

/** Parsers of values that arrive already parsed from JSON (challenge files, saves): fed JSON only. */
const fromJson = (parse: (raw: unknown) => unknown) => (t: string) => {
  let raw: unknown;
  try {
    raw = JSON.parse(t);
  } catch {
    return undefined;
  }
  return parse(raw);
};

const parsers: [string, (input: string) => unknown, unknown][] = [
  ['IAM policy (parsePolicy)', (t) => parsePolicy(t), iamPolicy],
  ['ECR lifecycle policy', (t) => parseEcrLifecyclePolicy(t), ecrPolicy],
  ['S3 lifecycle configuration', (t) => parseS3LifecycleConfiguration(t), s3Config],
  ['import file', (t) => parseExportFile(t), exportFile],
  ['upstream scenario', fromJson(parseUpstreamScenario), upstreamScenario],
  ['upstream challenge file', fromJson(parseUpstreamChallenge), challenge],
  [
    'share link',
    (t) => decodeScenario(`v1.${compressToEncodedURIComponent(t)}`, parseUpstreamScenario),
    upstreamScenario,
  ],
];

describe('fuzzing the parsers of user input', () => {
  for (const [name, parse, valid] of parsers) {
    it(`${name}: only its own located error, never a hang (${RUNS} cases)`, () => {
      fc.assert(
        fc.property(inputs(valid), (input) => survives(parse, input)),
        { numRuns: RUNS },
      );
    });
  }

  it('share links of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => survives((t) => decodeScenario(t, parseUpstreamScenario), s)),
      { numRuns: RUNS },
    );
  });
});
