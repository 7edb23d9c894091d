import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRICE_TABLE,
  GIB,
  costSeries,
  earlyDeletionCost,
  ecrMonthlyStorageCost,
  itemMonthlyCost,
  s3MonthlyStorageCost,
  simulateS3Costs,
  withPrices,
} from '../../../src/domain/lifecycle/pricing';
import { validateS3LifecycleConfiguration, type S3Object } from '../../../src/domain/lifecycle/s3';

describe('prices', () => {
  it('has the us-east-1 defaults', () => {
    expect(DEFAULT_PRICE_TABLE.s3).toEqual({
      STANDARD: 0.023,
      STANDARD_IA: 0.0125,
      ONEZONE_IA: 0.01,
      INTELLIGENT_TIERING: 0.023,
      GLACIER_IR: 0.004,
      GLACIER: 0.0036,
      DEEP_ARCHIVE: 0.00099,
    });
    expect(DEFAULT_PRICE_TABLE.ecr.standard).toBe(0.1);
    expect(DEFAULT_PRICE_TABLE.s3MinimumDays.DEEP_ARCHIVE).toBe(180);
    expect(DEFAULT_PRICE_TABLE.ecrArchiveMinimumDays).toBe(90);
  });

  it('can be overridden one field at a time without touching the defaults', () => {
    const custom = withPrices({ s3: { GLACIER: 0.004 }, daysPerMonth: 31 });
    expect(custom.s3.GLACIER).toBe(0.004);
    expect(custom.s3.STANDARD).toBe(0.023);
    expect(custom.daysPerMonth).toBe(31);
    expect(DEFAULT_PRICE_TABLE.s3.GLACIER).toBe(0.0036);
  });
});

describe('storage cost', () => {
  it('charges per GB-month', () => {
    expect(
      itemMonthlyCost({ service: 's3', sizeBytes: GIB, storageClass: 'STANDARD' }),
    ).toBeCloseTo(0.023, 10);
    expect(
      itemMonthlyCost({ service: 'ecr', sizeBytes: 10 * GIB, storageClass: 'standard' }),
    ).toBeCloseTo(1, 10);
  });

  it('bills small IA and Glacier IR objects as 128 KB', () => {
    const small = itemMonthlyCost({ service: 's3', sizeBytes: 1000, storageClass: 'STANDARD_IA' });
    expect(small).toBeCloseTo(((128 * 1024) / GIB) * 0.0125, 15);
    expect(
      itemMonthlyCost({ service: 's3', sizeBytes: 1000, storageClass: 'GLACIER_IR' }),
    ).toBeCloseTo(((128 * 1024) / GIB) * 0.004, 15);
  });

  it('adds the 8 KB + 32 KB archive overhead for Glacier Flexible Retrieval and Deep Archive', () => {
    const cost = itemMonthlyCost({ service: 's3', sizeBytes: 0, storageClass: 'GLACIER' });
    expect(cost).toBeCloseTo(((8 * 1024) / GIB) * 0.023 + ((32 * 1024) / GIB) * 0.0036, 15);
  });

  it('sums a bucket, skipping delete markers', () => {
    const objects: S3Object[] = [
      {
        key: 'a',
        size: GIB,
        tags: {},
        versions: [
          {
            versionId: 'v1',
            createdAt: '2024-01-01T00:00:00Z',
            storageClass: 'STANDARD_IA',
            isDeleteMarker: false,
          },
          {
            versionId: 'v2',
            createdAt: '2024-01-02T00:00:00Z',
            storageClass: 'STANDARD',
            isDeleteMarker: false,
          },
          {
            versionId: 'dm',
            createdAt: '2024-01-03T00:00:00Z',
            storageClass: 'STANDARD',
            isDeleteMarker: true,
          },
        ],
      },
    ];
    const cost = s3MonthlyStorageCost(objects);
    expect(cost.monthly).toBeCloseTo(0.0355, 10);
    expect(cost.byClass).toEqual({ 's3:STANDARD_IA': 0.0125, 's3:STANDARD': 0.023 });
  });

  it('prices ECR images by storage class', () => {
    const cost = ecrMonthlyStorageCost(
      [
        { digest: 'a', tags: [], pushedAt: '2024-01-01T00:00:00Z', sizeBytes: GIB },
        {
          digest: 'b',
          tags: [],
          pushedAt: '2024-01-01T00:00:00Z',
          sizeBytes: GIB,
          storageClass: 'archive',
        },
      ],
      withPrices({ ecr: { archive: 0.07 } }),
    );
    expect(cost.monthly).toBeCloseTo(0.17, 10);
  });
});

describe('early deletion', () => {
  it('charges the rest of the minimum duration, prorated', () => {
    const cost = earlyDeletionCost({
      service: 's3',
      sizeBytes: GIB,
      storageClass: 'GLACIER',
      storedSince: '2024-01-01T00:00:00Z',
      removedAt: '2024-01-31T00:00:00Z',
    });
    const monthly = itemMonthlyCost({ service: 's3', sizeBytes: GIB, storageClass: 'GLACIER' });
    expect(cost).toBeCloseTo((monthly * 60) / 30, 12);
    expect(
      earlyDeletionCost({
        service: 's3',
        sizeBytes: GIB,
        storageClass: 'STANDARD_IA',
        storedSince: '2024-01-01T00:00:00Z',
        removedAt: '2024-03-01T00:00:00Z',
      }),
    ).toBe(0);
    expect(
      earlyDeletionCost({
        service: 'ecr',
        sizeBytes: GIB,
        storageClass: 'archive',
        storedSince: '2024-01-01T00:00:00Z',
        removedAt: '2024-01-11T00:00:00Z',
      }),
    ).toBeCloseTo((0.1 * 80) / 30, 12);
  });
});

describe('cost over time', () => {
  it('accumulates the monthly rate between points', () => {
    const item = { service: 's3' as const, sizeBytes: GIB, storageClass: 'STANDARD' };
    const points = costSeries([
      { at: '2024-01-01T00:00:00Z', items: [item] },
      { at: '2024-01-31T00:00:00Z', items: [item, item] },
      { at: '2024-03-01T00:00:00Z', items: [] },
    ]);
    expect(points.map((p) => Number(p.cumulative.toFixed(6)))).toEqual([0, 0.023, 0.069]);
  });

  it('charts a bucket under lifecycle and charges early deletion', () => {
    const configuration = validateS3LifecycleConfiguration({
      Rules: [
        {
          ID: 'archive-then-delete',
          Status: 'Enabled',
          Filter: {},
          Transitions: [{ Days: 1, StorageClass: 'GLACIER' }],
          Expiration: { Days: 31 },
        },
      ],
    });
    const objects: S3Object[] = [
      {
        key: 'a',
        size: GIB,
        tags: {},
        versions: [
          {
            versionId: 'null',
            createdAt: '2024-01-01T00:00:00Z',
            storageClass: 'STANDARD',
            isDeleteMarker: false,
          },
        ],
      },
    ];
    const sim = simulateS3Costs({
      bucket: { versioning: 'Disabled', objectLock: false },
      configuration,
      objects,
      from: '2024-01-01T00:00:00Z',
      to: '2024-03-01T00:00:00Z',
    });
    expect(sim.points).toHaveLength(61);
    expect(sim.events.map((e) => `${e.at} ${e.action}`)).toEqual([
      '2024-01-02T00:00:00Z transition',
      '2024-02-01T00:00:00Z expire',
    ]);
    const last = sim.points.at(-1);
    // 30 days in Glacier, 60 more charged at deletion
    const glacier = itemMonthlyCost({ service: 's3', sizeBytes: GIB, storageClass: 'GLACIER' });
    expect(last?.earlyDeletion).toBeCloseTo((glacier * 60) / 30, 10);
    expect(last?.monthly).toBe(0);
    expect(last?.cumulative).toBeCloseTo(0.023 / 30 + glacier, 10);
  });
});
