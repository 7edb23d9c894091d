/**
 * What storage will cost over the coming days, with the policy as typed and without any: the
 * series the lifecycle simulator charts. Lifecycle runs once a day, as in the simulator's clock.
 */
import { DAY_MS, toIso } from './dates';
import { previewEcrLifecycle, type EcrImage } from './ecr';
import {
  ecrMonthlyStorageCost,
  s3MonthlyStorageCost,
  type PriceTable,
  DEFAULT_PRICE_TABLE,
} from './pricing';
import { applyS3Lifecycle, type S3Object } from './s3';
import type { EcrState, S3State } from './scenario';
import { parseEcrPolicyText, parseS3ConfigurationText } from './policy-texts';

export interface ProjectionPoint {
  /** Days after the clock. */
  day: number;
  at: string;
  /** USD per month with the policy (equal to withoutPolicy when there is no valid policy). */
  withPolicy: number;
  withoutPolicy: number;
}

export interface Projection {
  points: ProjectionPoint[];
  /** Whether a valid policy drives the "with" line. */
  hasPolicy: boolean;
}

/**
 * Monthly cost day by day from `now`, without and with the policy: `runDay(at)` applies the
 * policy's run of that day and returns the new monthly cost, or null when nothing changed.
 */
function projectDays(
  now: string,
  days: number,
  without: number,
  runDay: ((at: string) => number | null) | null,
): Projection {
  const start = Date.parse(now);
  let monthly = without;
  const points: ProjectionPoint[] = [
    { day: 0, at: now, withPolicy: without, withoutPolicy: without },
  ];
  for (let d = 1; d <= days; d += 1) {
    const at = toIso(start + d * DAY_MS);
    if (runDay) monthly = runDay(at) ?? monthly;
    points.push({ day: d, at, withPolicy: monthly, withoutPolicy: without });
  }
  return { points, hasPolicy: runDay !== null };
}

export function projectEcrCosts(
  ecr: EcrState,
  days: number,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): Projection {
  const policy = parseEcrPolicyText(ecr.policyText).value;
  let images: EcrImage[] = ecr.images;
  const runDay = (at: string) => {
    if (!policy || images.length === 0) return null;
    const result = previewEcrLifecycle(policy, images, at);
    if (result.expired.length === 0 && result.transitioned.length === 0) return null;
    const expired = new Set(result.expired.map((e) => e.digest));
    const archived = new Set(result.transitioned.map((e) => e.digest));
    images = images
      .filter((i) => !expired.has(i.digest))
      .map((i) =>
        archived.has(i.digest) ? { ...i, storageClass: 'archive' as const, lastArchivedAt: at } : i,
      );
    return ecrMonthlyStorageCost(images, prices).monthly;
  };
  const without = ecrMonthlyStorageCost(ecr.images, prices).monthly;
  return projectDays(ecr.now, days, without, policy ? runDay : null);
}

export function projectS3Costs(
  s3: S3State,
  days: number,
  prices: PriceTable = DEFAULT_PRICE_TABLE,
): Projection {
  const configuration = parseS3ConfigurationText(s3.configurationText).value;
  let objects: S3Object[] = s3.objects;
  let since = s3.now;
  const runDay = (at: string) => {
    if (!configuration) return null;
    const result = applyS3Lifecycle({ bucket: s3.bucket, configuration, objects, now: at, since });
    since = at;
    objects = result.objects;
    return result.events.length > 0 ? s3MonthlyStorageCost(objects, prices).monthly : null;
  };
  const without = s3MonthlyStorageCost(s3.objects, prices).monthly;
  return projectDays(s3.now, days, without, configuration ? runDay : null);
}
