/**
 * Engine budgets (DESIGN.md): ECR preview of 10,000 images × 20 rules ≤ 20 ms; S3: a year of
 * daily lifecycle runs over 10,000 object versions ≤ 200 ms.
 */
import { bench, describe } from 'vitest';
import {
  previewEcrLifecycle,
  validateEcrLifecyclePolicy,
  type EcrImage,
  type EcrLifecycleRule,
} from '../../src/domain/lifecycle/ecr';
import {
  applyS3Lifecycle,
  validateS3LifecycleConfiguration,
  type S3Object,
} from '../../src/domain/lifecycle/s3';

const DAY = 86_400_000;

/** A small deterministic generator (no Math.random in fixtures). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

// ECR: 10,000 images, 20 rules -------------------------------------------------------------------

const NOW = '2025-06-30T00:00:00Z';
const nowMs = Date.parse(NOW);
const TEAMS = ['api', 'web', 'worker', 'batch', 'auth', 'search', 'billing', 'mail', 'cron'];
const STAGES = ['prod', 'staging', 'dev', 'feature', 'release'];

const ecrRules: EcrLifecycleRule[] = [];
for (let i = 0; i < 18; i += 1) {
  const stage = STAGES[i % STAGES.length] ?? 'prod';
  const team = TEAMS[i % TEAMS.length] ?? 'api';
  ecrRules.push({
    rulePriority: i + 1,
    selection:
      i % 2 === 0
        ? {
            tagStatus: 'tagged',
            tagPatternList: [`${stage}-*`, `*${team}*`],
            countType: 'imageCountMoreThan',
            countNumber: 5 + i,
          }
        : {
            tagStatus: 'tagged',
            tagPrefixList: [`${stage}-${team}`],
            countType: 'sinceImagePushed',
            countUnit: 'days',
            countNumber: 10 + i,
          },
    action:
      i % 3 === 0 ? { type: 'transition', targetStorageClass: 'archive' } : { type: 'expire' },
  });
}
ecrRules.push({
  rulePriority: 19,
  selection: {
    tagStatus: 'untagged',
    countType: 'sinceImagePushed',
    countUnit: 'days',
    countNumber: 7,
  },
  action: { type: 'expire' },
});
ecrRules.push({
  rulePriority: 20,
  selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 500 },
  action: { type: 'expire' },
});
const ecrPolicy = validateEcrLifecyclePolicy({ rules: ecrRules });

const rand = lcg(42);
const images: EcrImage[] = Array.from({ length: 10_000 }, (_, i) => {
  const tagCount = Math.floor(rand() * 4);
  const tags = Array.from(
    { length: tagCount },
    () =>
      `${STAGES[Math.floor(rand() * STAGES.length)]}-${TEAMS[Math.floor(rand() * TEAMS.length)]}-${Math.floor(rand() * 1000)}`,
  );
  return {
    digest: `sha256:${i.toString(16).padStart(64, '0')}`,
    tags,
    pushedAt: new Date(nowMs - Math.floor(rand() * 400 * DAY)).toISOString(),
    lastPulledAt:
      rand() < 0.5 ? new Date(nowMs - Math.floor(rand() * 200 * DAY)).toISOString() : null,
    sizeBytes: 50_000_000,
  };
});

describe('ECR lifecycle preview', () => {
  // Each call takes tens of milliseconds, so the default warm-up (100 ms) ends before the JIT
  // has optimised the rule loop; measure the steady state.
  bench(
    '10,000 images × 20 rules',
    () => {
      previewEcrLifecycle(ecrPolicy, images, NOW);
    },
    { warmupIterations: 30, warmupTime: 1000, iterations: 40, time: 1500 },
  );
});

// S3: 10,000 object versions over a year ----------------------------------------------------------

const START = Date.parse('2024-01-01T00:00:00Z');
const s3Configuration = validateS3LifecycleConfiguration({
  Rules: [
    {
      ID: 'logs',
      Status: 'Enabled',
      Filter: { Prefix: 'logs/' },
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER' },
      ],
      Expiration: { Days: 365 },
      NoncurrentVersionExpiration: { NoncurrentDays: 30, NewerNoncurrentVersions: 2 },
    },
    {
      ID: 'builds',
      Status: 'Enabled',
      Filter: { Prefix: 'builds/' },
      Expiration: { Days: 60 },
      NoncurrentVersionTransitions: [{ NoncurrentDays: 30, StorageClass: 'GLACIER_IR' }],
      NoncurrentVersionExpiration: { NoncurrentDays: 120 },
    },
    {
      ID: 'markers',
      Status: 'Enabled',
      Filter: {},
      Expiration: { ExpiredObjectDeleteMarker: true },
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
    },
    {
      ID: 'archive-tagged',
      Status: 'Enabled',
      Filter: { Tag: { Key: 'archive', Value: 'yes' } },
      Transitions: [{ Days: 180, StorageClass: 'DEEP_ARCHIVE' }],
    },
  ],
});

const r2 = lcg(7);
const PREFIXES = ['logs/', 'builds/', 'data/', 'tmp/'];
const s3Objects: S3Object[] = [];
let versionCount = 0;
for (let i = 0; versionCount < 10_000; i += 1) {
  const n = 1 + Math.floor(r2() * 6);
  let t = START - Math.floor(r2() * 200 * DAY);
  const versions = Array.from({ length: n }, (_, j) => {
    t += Math.floor(r2() * 20 * DAY);
    return {
      versionId: `v${j}`,
      createdAt: new Date(t).toISOString(),
      storageClass: 'STANDARD',
      isDeleteMarker: j > 0 && r2() < 0.1,
      ...(r2() < 0.05
        ? {
            lock: {
              mode: 'COMPLIANCE' as const,
              retainUntil: new Date(START + Math.floor(r2() * 400) * DAY).toISOString(),
            },
          }
        : {}),
    };
  });
  versionCount += n;
  s3Objects.push({
    key: `${PREFIXES[i % PREFIXES.length]}object-${i}`,
    size: r2() < 0.3 ? 10_000 : 5_000_000,
    tags: r2() < 0.2 ? { archive: 'yes' } : {},
    versions,
  });
}
const bucket = { versioning: 'Enabled' as const, objectLock: true };

// The engine remembers objects it has returned (so a day-by-day simulation skips quiet ones);
// every iteration starts from a fresh copy so the figures are for a cold start.
const COPIES = 64;
const fresh: S3Object[][] = Array.from({ length: COPIES }, () => structuredClone(s3Objects));
let next = 0;
const coldObjects = () => fresh[next++ % COPIES] ?? s3Objects;

describe(`S3 lifecycle over a year (${versionCount} versions)`, () => {
  bench('one call at the end of the year', () => {
    applyS3Lifecycle({
      bucket,
      configuration: s3Configuration,
      objects: coldObjects(),
      now: '2024-12-31T00:00:00Z',
    });
  });

  bench('365 daily calls with since', () => {
    let objects: S3Object[] = coldObjects();
    let since: string | undefined;
    for (let d = 0; d < 365; d += 1) {
      const now = new Date(START + d * DAY).toISOString();
      const result = applyS3Lifecycle({
        bucket,
        configuration: s3Configuration,
        objects,
        now,
        ...(since ? { since } : {}),
      });
      objects = result.objects;
      since = now;
    }
  });
});
