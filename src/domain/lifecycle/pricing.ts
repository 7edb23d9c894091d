/**
 * What storage costs: editable per-GB-month prices (us-east-1 defaults), minimum storage durations
 * and minimum billable sizes, and the sums the lifecycle simulator charts.
 *
 * Sources: https://aws.amazon.com/s3/pricing/ and https://aws.amazon.com/ecr/pricing/ (prices, which
 * change; every number here is a default the UI may override), storage-class-intro and
 * lifecycle-expire-general-considerations in the S3 User Guide (minimum durations and sizes),
 * archive-image in the ECR User Guide (the 90-day archive minimum).
 */
import { PolicyError } from '../errors';
import { ECR_ARCHIVE_MINIMUM_DAYS, type EcrImage } from './ecr';
import {
  S3_MINIMUM_STORAGE_DAYS,
  applyS3Lifecycle,
  type S3Bucket,
  type S3LifecycleConfiguration,
  type S3LifecycleEvent,
  type S3Object,
  type S3StorageClass,
} from './s3';
import { DAY_MS, parseInstant, toIso } from './dates';

export const GIB = 1024 ** 3;

export interface PriceTable {
  region: string;
  currency: 'USD';
  /** USD per GB-month (GB = 2^30 bytes), by S3 storage class. INTELLIGENT_TIERING is its Frequent Access tier. */
  s3: Record<S3StorageClass, number>;
  /** USD per 1,000 objects per month that S3 Intelligent-Tiering monitors (objects of 128 KB and up). */
  s3IntelligentTieringMonitoringPer1000: number;
  /** USD per GB-month for ECR image storage by storage class. */
  ecr: { standard: number; archive: number };
  /** Minimum storage duration in days, charged in full when an object leaves the class sooner. */
  s3MinimumDays: Record<S3StorageClass, number>;
  ecrArchiveMinimumDays: number;
  /** Objects smaller than this are billed as this size. */
  s3MinimumBillableBytes: Record<S3StorageClass, number>;
  /** Per archived object in GLACIER / DEEP_ARCHIVE: bytes billed at STANDARD and at the class's rate. */
  s3ArchiveOverhead: { standardBytes: number; classBytes: number };
  /** How many days make the "month" in GB-month. */
  daysPerMonth: number;
  /** Numbers that are assumptions rather than published prices, in words for the UI. */
  assumptions: string[];
}

const KB = 1024;

/** us-east-1 list prices, first tier. Override any of it with {@link withPrices}. */
export const DEFAULT_PRICE_TABLE: PriceTable = {
  region: 'us-east-1',
  currency: 'USD',
  s3: {
    STANDARD: 0.023,
    STANDARD_IA: 0.0125,
    ONEZONE_IA: 0.01,
    INTELLIGENT_TIERING: 0.023,
    GLACIER_IR: 0.004,
    GLACIER: 0.0036,
    DEEP_ARCHIVE: 0.00099,
  },
  s3IntelligentTieringMonitoringPer1000: 0.0025,
  ecr: { standard: 0.1, archive: 0.1 },
  s3MinimumDays: S3_MINIMUM_STORAGE_DAYS,
  ecrArchiveMinimumDays: ECR_ARCHIVE_MINIMUM_DAYS,
  s3MinimumBillableBytes: {
    STANDARD: 0,
    STANDARD_IA: 128 * KB,
    ONEZONE_IA: 128 * KB,
    INTELLIGENT_TIERING: 0,
    GLACIER_IR: 128 * KB,
    GLACIER: 0,
    DEEP_ARCHIVE: 0,
  },
  s3ArchiveOverhead: { standardBytes: 8 * KB, classBytes: 32 * KB },
  daysPerMonth: 30,
  assumptions: [
    'ECR archive storage: $0.10/GB-month, the same as standard for the first 150 TB a month (about $0.07 beyond), read from third-party summaries of AWS pricing in 2026; restores also cost per GB. Edit to match the pricing page.',
    'A month is 30 days; AWS prorates by the hour over the actual month.',
    'Only the first pricing tier is used (S3 Standard is cheaper beyond 50 TB a month).',
  ],
};

export type PriceOverrides = {
  [K in keyof PriceTable]?: PriceTable[K] extends readonly unknown[]
    ? PriceTable[K]
    : PriceTable[K] extends object
      ? Partial<PriceTable[K]>
      : PriceTable[K];
};

/** The default table with some prices replaced (one level deep: `{ s3: { GLACIER: 0.004 } }`). */
export function withPrices(
  overrides: PriceOverrides,
  base: PriceTable = DEFAULT_PRICE_TABLE,
): PriceTable {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    out[key] =
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      typeof current === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return out as unknown as PriceTable;
}

// ---------------------------------------------------------------------------------------------

export interface BillableItem {
  service: 's3' | 'ecr';
  sizeBytes: number;
  /** S3 class (STANDARD, GLACIER, …) or ECR class (standard, archive). */
  storageClass: string;
}

export interface StorageCost {
  /** USD per month at this moment's contents. */
  monthly: number;
  bytes: number;
  /** Monthly USD by storage class (`s3:GLACIER`, `ecr:archive`). */
  byClass: Record<string, number>;
  bytesByClass: Record<string, number>;
}

function s3Rate(storageClass: string, prices: PriceTable): number {
  const rate = (prices.s3 as Record<string, number>)[storageClass];
  return rate ?? prices.s3.STANDARD;
}

/** Monthly storage cost of one item, in USD, with minimum billable sizes and archive overheads. */
export function itemMonthlyCost(
  item: BillableItem,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): number {
  if (item.service === 'ecr') {
    const rate = item.storageClass === 'archive' ? prices.ecr.archive : prices.ecr.standard;
    return (item.sizeBytes / GIB) * rate;
  }
  const cls = item.storageClass;
  const minimum = (prices.s3MinimumBillableBytes as Record<string, number>)[cls] ?? 0;
  let cost = (Math.max(item.sizeBytes, minimum) / GIB) * s3Rate(cls, prices);
  if (cls === 'GLACIER' || cls === 'DEEP_ARCHIVE') {
    // 8 KB at S3 Standard rates plus 32 KB at the archive rate per archived object (lifecycle-transition-general-considerations)
    cost += (prices.s3ArchiveOverhead.standardBytes / GIB) * prices.s3.STANDARD;
    cost += (prices.s3ArchiveOverhead.classBytes / GIB) * s3Rate(cls, prices);
  }
  if (cls === 'INTELLIGENT_TIERING' && item.sizeBytes >= 128 * KB) {
    cost += prices.s3IntelligentTieringMonitoringPer1000 / 1000;
  }
  return cost;
}

/** Monthly storage cost of a set of items. */
export function monthlyStorageCost(
  items: Iterable<BillableItem>,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): StorageCost {
  const result: StorageCost = { monthly: 0, bytes: 0, byClass: {}, bytesByClass: {} };
  for (const item of items) {
    const label = `${item.service}:${item.storageClass}`;
    const cost = itemMonthlyCost(item, prices);
    result.monthly += cost;
    result.bytes += item.sizeBytes;
    result.byClass[label] = (result.byClass[label] ?? 0) + cost;
    result.bytesByClass[label] = (result.bytesByClass[label] ?? 0) + item.sizeBytes;
  }
  return result;
}

/** Every stored S3 version (delete markers hold no data). */
export function* s3BillableItems(objects: readonly S3Object[]): Generator<BillableItem> {
  for (const object of objects) {
    for (const version of object.versions) {
      if (!version.isDeleteMarker)
        yield { service: 's3', sizeBytes: object.size, storageClass: version.storageClass };
    }
  }
}

export function* ecrBillableItems(images: readonly EcrImage[]): Generator<BillableItem> {
  for (const image of images) {
    yield {
      service: 'ecr',
      sizeBytes: image.sizeBytes ?? 0,
      storageClass: image.storageClass ?? 'standard',
    };
  }
}

export function s3MonthlyStorageCost(
  objects: readonly S3Object[],
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): StorageCost {
  return monthlyStorageCost(s3BillableItems(objects), prices);
}

export function ecrMonthlyStorageCost(
  images: readonly EcrImage[],
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): StorageCost {
  return monthlyStorageCost(ecrBillableItems(images), prices);
}

export interface EarlyDeletionInput {
  service: 's3' | 'ecr';
  sizeBytes: number;
  storageClass: string;
  /** When the item entered its storage class. */
  storedSince: string;
  /** When it was deleted, overwritten or moved to another class. */
  removedAt: string;
}

/**
 * The charge for leaving a class before its minimum storage duration: the remaining days,
 * prorated at the class's rate (lifecycle-expire-general-considerations "Minimum storage duration
 * charge"; archive-image for ECR's 90 days).
 */
export function earlyDeletionCost(
  input: EarlyDeletionInput,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): number {
  const since = parseInstant(input.storedSince, 'storedSince');
  const until = parseInstant(input.removedAt, 'removedAt');
  const minimum =
    input.service === 'ecr'
      ? input.storageClass === 'archive'
        ? prices.ecrArchiveMinimumDays
        : 0
      : ((prices.s3MinimumDays as Record<string, number>)[input.storageClass] ?? 0);
  const stored = (until - since) / DAY_MS;
  const remaining = Math.max(0, minimum - stored);
  if (remaining === 0) return 0;
  const monthly = itemMonthlyCost(
    { service: input.service, sizeBytes: input.sizeBytes, storageClass: input.storageClass },
    prices,
  );
  return (monthly * remaining) / prices.daysPerMonth;
}

// ---------------------------------------------------------------------------------------------
// Series for charts

export interface CostPoint {
  at: string;
  /** Monthly run rate at this moment. */
  monthly: number;
  bytes: number;
  byClass: Record<string, number>;
  /** Storage cost accrued from the first point to this one. */
  cumulative: number;
  /** Early-deletion charges accrued from the first point to this one. */
  earlyDeletion: number;
}

/** Turns snapshots of what is stored into a cost-over-time series (left Riemann sum between points). */
export function costSeries(
  snapshots: readonly { at: string; items: Iterable<BillableItem>; earlyDeletion?: number }[],
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): CostPoint[] {
  const points: CostPoint[] = [];
  let cumulative = 0;
  let early = 0;
  let previous: { t: number; monthly: number } | null = null;
  snapshots.forEach((snapshot, i) => {
    const t = parseInstant(snapshot.at, `snapshots[${i}].at`);
    const cost = monthlyStorageCost(snapshot.items, prices);
    if (previous) {
      if (t < previous.t)
        throw new PolicyError(`snapshots[${i}].at`, 'snapshots must be in time order');
      cumulative += (previous.monthly * (t - previous.t)) / DAY_MS / prices.daysPerMonth;
    }
    early += snapshot.earlyDeletion ?? 0;
    points.push({
      at: snapshot.at,
      monthly: cost.monthly,
      bytes: cost.bytes,
      byClass: cost.byClass,
      cumulative,
      earlyDeletion: early,
    });
    previous = { t, monthly: cost.monthly };
  });
  return points;
}

export interface S3CostSimulationInput {
  bucket: S3Bucket;
  configuration: S3LifecycleConfiguration | string;
  objects: readonly S3Object[];
  from: string;
  to: string;
  /** Days between points (default 1). */
  stepDays?: number;
}

export interface S3CostSimulation {
  points: CostPoint[];
  events: S3LifecycleEvent[];
  objects: S3Object[];
}

/**
 * Runs lifecycle from `from` to `to` a step at a time and prices the bucket after each step,
 * charging early deletion whenever a version is deleted or moved before its class's minimum.
 */
export function simulateS3Costs(
  input: S3CostSimulationInput,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): S3CostSimulation {
  const from = parseInstant(input.from, 'from');
  const to = parseInstant(input.to, 'to');
  const step = (input.stepDays ?? 1) * DAY_MS;
  if (!(step > 0)) throw new PolicyError('stepDays', 'stepDays must be positive');
  if (to < from) throw new PolicyError('to', '"to" must not be before "from"');
  // bring the bucket up to `from` first; what happened before the window is not charted
  let objects: S3Object[] = applyS3Lifecycle({
    bucket: input.bucket,
    configuration: input.configuration,
    objects: input.objects,
    now: toIso(from),
  }).objects;
  const events: S3LifecycleEvent[] = [];
  const snapshots: { at: string; items: BillableItem[]; earlyDeletion: number }[] = [
    { at: toIso(from), items: [...s3BillableItems(objects)], earlyDeletion: 0 },
  ];
  let since = toIso(from);
  for (let t = from; t < to;) {
    t = Math.min(t + step, to);
    const at = toIso(t);
    const result = applyS3Lifecycle({
      bucket: input.bucket,
      configuration: input.configuration,
      objects,
      now: at,
      since,
    });
    since = at;
    const early =
      result.events.length > 0 ? s3EarlyDeletionCharges(objects, result.events, prices) : 0;
    objects = result.objects;
    events.push(...result.events);
    snapshots.push({ at, items: [...s3BillableItems(objects)], earlyDeletion: early });
  }
  return { points: costSeries(snapshots, prices), events, objects };
}

/**
 * The early-deletion charges lifecycle `events` incur on the versions in `before`: each version
 * removed or transitioned before its class's minimum storage duration.
 */
export function s3EarlyDeletionCharges(
  before: readonly S3Object[],
  events: readonly S3LifecycleEvent[],
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): number {
  const keys = new Set(events.map((e) => e.key));
  const versions = new Map<string, { size: number; storageClass: string; since: string }>();
  for (const object of before) {
    if (!keys.has(object.key)) continue;
    for (const v of object.versions) {
      if (!v.isDeleteMarker) {
        versions.set(`${object.key}\u0000${v.versionId}`, {
          size: object.size,
          storageClass: v.storageClass,
          since: v.storageClassSince ?? v.createdAt,
        });
      }
    }
  }
  let total = 0;
  for (const event of events) {
    if (event.action !== 'delete' && event.action !== 'expire' && event.action !== 'transition')
      continue;
    const id = `${event.key}\u0000${event.versionId}`;
    const v = versions.get(id);
    if (!v) continue;
    total += earlyDeletionCost(
      {
        service: 's3',
        sizeBytes: v.size,
        storageClass: v.storageClass,
        storedSince: v.since,
        removedAt: event.at,
      },
      prices,
    );
    // a version may move again later in the same step
    if (event.action === 'transition' && event.storageClass)
      versions.set(id, { ...v, storageClass: event.storageClass, since: event.at });
    else versions.delete(id);
  }
  return total;
}
