import * as z from 'zod/mini';
import { goalSchema, meetsGoal, type Goal } from '../challenges/goal';
import { DAY_MS } from './dates';
import { s3MonthlyStorageCost, ecrMonthlyStorageCost } from './pricing';
import type { EcrImage } from './ecr-types';
import type { LifecycleScenario } from './scenario';
import { parseEcrPolicyText, parseS3ConfigurationText } from './policy-texts';

/**
 * A challenge goal over the lifecycle simulator's state, as JSON data. Leaves test one fact; all,
 * any and not combine them. A count test is `count` (exactly), `min` and/or `max`; with none of
 * them, "at least one".
 */
export interface CountTest {
  count?: number;
  min?: number;
  max?: number;
}

export interface EcrImageFilter extends CountTest {
  /** Some tag starts with this. */
  tagPrefix?: string;
  untagged?: boolean;
  /** Pushed more than this many days before the repository's clock. */
  olderThanDays?: number;
  storageClass?: 'standard' | 'archive';
}

export interface S3VersionFilter extends CountTest {
  prefix?: string;
  current?: boolean;
  isDeleteMarker?: boolean;
  /** Noncurrent (a newer version exists) for more than this many days. */
  noncurrentForMoreThanDays?: number;
  storageClass?: string;
}

export type LifecycleGoal = Goal<LifecycleGoalLeaf>;

type LifecycleGoalLeaf =
  | { ecrPolicyValid: boolean }
  | { ecrImages: EcrImageFilter }
  | { imagePresent: string }
  | { imageGone: string }
  | { ecrExpired: CountTest & { rulePriority?: number; tagPrefix?: string; untagged?: boolean } }
  | { s3ConfigurationValid: boolean }
  | {
      s3VersionPresent: {
        key: string;
        versionId?: string;
        isDeleteMarker?: boolean;
        current?: boolean;
        storageClass?: string;
      };
    }
  | { s3VersionGone: { key: string; versionId: string } }
  | { s3Versions: S3VersionFilter }
  | {
      s3Timeline: CountTest & {
        action?: 'transition' | 'expire' | 'delete-marker' | 'delete' | 'abort-upload';
        key?: string;
        prefix?: string;
        rule?: string;
      };
    }
  | {
      s3LastRequest: {
        operation?: string;
        key?: string;
        versionId?: string | null;
        status?: number;
      };
    }
  | { s3Bucket: { versioning?: 'Disabled' | 'Enabled' | 'Suspended'; objectLock?: boolean } }
  | { s3EarlyDeletionAtMost: number }
  | { monthlyCostAtMost: { tab: 'ecr' | 's3'; usd: number } };

const count = {
  count: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
};

const leaf = z.union([
  z.strictObject({ ecrPolicyValid: z.boolean() }),
  z.strictObject({
    ecrImages: z.strictObject({
      ...count,
      tagPrefix: z.optional(z.string()),
      untagged: z.optional(z.boolean()),
      olderThanDays: z.optional(z.number()),
      storageClass: z.optional(z.enum(['standard', 'archive'])),
    }),
  }),
  z.strictObject({ imagePresent: z.string() }),
  z.strictObject({ imageGone: z.string() }),
  z.strictObject({
    ecrExpired: z.strictObject({
      ...count,
      rulePriority: z.optional(z.number()),
      tagPrefix: z.optional(z.string()),
      untagged: z.optional(z.boolean()),
    }),
  }),
  z.strictObject({ s3ConfigurationValid: z.boolean() }),
  z.strictObject({
    s3VersionPresent: z.strictObject({
      key: z.string(),
      versionId: z.optional(z.string()),
      isDeleteMarker: z.optional(z.boolean()),
      current: z.optional(z.boolean()),
      storageClass: z.optional(z.string()),
    }),
  }),
  z.strictObject({ s3VersionGone: z.strictObject({ key: z.string(), versionId: z.string() }) }),
  z.strictObject({
    s3Versions: z.strictObject({
      ...count,
      prefix: z.optional(z.string()),
      current: z.optional(z.boolean()),
      isDeleteMarker: z.optional(z.boolean()),
      noncurrentForMoreThanDays: z.optional(z.number()),
      storageClass: z.optional(z.string()),
    }),
  }),
  z.strictObject({
    s3Timeline: z.strictObject({
      ...count,
      action: z.optional(
        z.enum(['transition', 'expire', 'delete-marker', 'delete', 'abort-upload']),
      ),
      key: z.optional(z.string()),
      prefix: z.optional(z.string()),
      rule: z.optional(z.string()),
    }),
  }),
  z.strictObject({
    s3LastRequest: z.strictObject({
      operation: z.optional(z.string()),
      key: z.optional(z.string()),
      versionId: z.optional(z.nullable(z.string())),
      status: z.optional(z.number()),
    }),
  }),
  z.strictObject({
    s3Bucket: z.strictObject({
      versioning: z.optional(z.enum(['Disabled', 'Enabled', 'Suspended'])),
      objectLock: z.optional(z.boolean()),
    }),
  }),
  z.strictObject({ s3EarlyDeletionAtMost: z.number() }),
  z.strictObject({
    monthlyCostAtMost: z.strictObject({ tab: z.enum(['ecr', 's3']), usd: z.number() }),
  }),
]);

export const lifecycleGoalSchema = goalSchema<LifecycleGoal>(leaf);

function countOk(n: number, t: CountTest): boolean {
  if (t.count === undefined && t.min === undefined && t.max === undefined) return n >= 1;
  return (
    (t.count === undefined || n === t.count) &&
    (t.min === undefined || n >= t.min) &&
    (t.max === undefined || n <= t.max)
  );
}

function matchesImage(image: EcrImage, f: EcrImageFilter, nowMs: number): boolean {
  if (f.tagPrefix !== undefined && !image.tags.some((t) => t.startsWith(f.tagPrefix!)))
    return false;
  if (f.untagged !== undefined && (image.tags.length === 0) !== f.untagged) return false;
  if (
    f.olderThanDays !== undefined &&
    !(nowMs - Date.parse(image.pushedAt) > f.olderThanDays * DAY_MS)
  )
    return false;
  if (f.storageClass !== undefined && (image.storageClass ?? 'standard') !== f.storageClass)
    return false;
  return true;
}

/** Whether the scenario meets the goal. */
export function meetsLifecycleGoal(s: LifecycleScenario, goal: LifecycleGoal): boolean {
  return meetsGoal(goal, (leaf) => meetsLifecycleLeaf(s, leaf));
}

function meetsLifecycleLeaf(s: LifecycleScenario, goal: LifecycleGoalLeaf): boolean {
  if ('ecrPolicyValid' in goal)
    return (parseEcrPolicyText(s.ecr.policyText).value !== null) === goal.ecrPolicyValid;
  if ('ecrImages' in goal) {
    const nowMs = Date.parse(s.ecr.now);
    return countOk(
      s.ecr.images.filter((i) => matchesImage(i, goal.ecrImages, nowMs)).length,
      goal.ecrImages,
    );
  }
  if ('imagePresent' in goal) return s.ecr.images.some((i) => i.digest === goal.imagePresent);
  if ('imageGone' in goal) return !s.ecr.images.some((i) => i.digest === goal.imageGone);
  if ('ecrExpired' in goal) {
    const f = goal.ecrExpired;
    const n = s.ecr.timeline.filter(
      (t) =>
        t.action === 'expire' &&
        (f.rulePriority === undefined || t.rulePriority === f.rulePriority) &&
        (f.tagPrefix === undefined || t.tags.some((tag) => tag.startsWith(f.tagPrefix!))) &&
        (f.untagged === undefined || (t.tags.length === 0) === f.untagged),
    ).length;
    return countOk(n, f);
  }
  if ('s3ConfigurationValid' in goal)
    return (
      (parseS3ConfigurationText(s.s3.configurationText).value !== null) ===
      goal.s3ConfigurationValid
    );
  if ('s3VersionPresent' in goal) {
    const f = goal.s3VersionPresent;
    const object = s.s3.objects.find((o) => o.key === f.key);
    if (!object) return false;
    return object.versions.some(
      (v, i) =>
        (f.versionId === undefined || v.versionId === f.versionId) &&
        (f.isDeleteMarker === undefined || v.isDeleteMarker === f.isDeleteMarker) &&
        (f.current === undefined || (i === object.versions.length - 1) === f.current) &&
        (f.storageClass === undefined || v.storageClass === f.storageClass),
    );
  }
  if ('s3VersionGone' in goal) {
    const object = s.s3.objects.find((o) => o.key === goal.s3VersionGone.key);
    return !object?.versions.some((v) => v.versionId === goal.s3VersionGone.versionId);
  }
  if ('s3Versions' in goal) {
    const f = goal.s3Versions;
    const nowMs = Date.parse(s.s3.now);
    let n = 0;
    for (const object of s.s3.objects) {
      if (f.prefix !== undefined && !object.key.startsWith(f.prefix)) continue;
      object.versions.forEach((v, i) => {
        const current = i === object.versions.length - 1;
        if (f.current !== undefined && current !== f.current) return;
        if (f.isDeleteMarker !== undefined && v.isDeleteMarker !== f.isDeleteMarker) return;
        if (f.storageClass !== undefined && v.storageClass !== f.storageClass) return;
        if (f.noncurrentForMoreThanDays !== undefined) {
          const successor = object.versions[i + 1];
          if (
            !successor ||
            !(nowMs - Date.parse(successor.createdAt) > f.noncurrentForMoreThanDays * DAY_MS)
          )
            return;
        }
        n += 1;
      });
    }
    return countOk(n, f);
  }
  if ('s3Timeline' in goal) {
    const f = goal.s3Timeline;
    const n = s.s3.timeline.filter(
      (e) =>
        (f.action === undefined || e.action === f.action) &&
        (f.key === undefined || e.key === f.key) &&
        (f.prefix === undefined || e.key.startsWith(f.prefix)) &&
        (f.rule === undefined || e.rule === f.rule),
    ).length;
    return countOk(n, f);
  }
  if ('s3LastRequest' in goal) {
    const r = s.s3.lastRequest;
    const f = goal.s3LastRequest;
    if (!r) return false;
    return (
      (f.operation === undefined || r.operation === f.operation) &&
      (f.key === undefined || r.key === f.key) &&
      (f.versionId === undefined || r.versionId === f.versionId) &&
      (f.status === undefined || r.status === f.status)
    );
  }
  if ('s3Bucket' in goal) {
    const f = goal.s3Bucket;
    return (
      (f.versioning === undefined || s.s3.bucket.versioning === f.versioning) &&
      (f.objectLock === undefined || s.s3.bucket.objectLock === f.objectLock)
    );
  }
  if ('s3EarlyDeletionAtMost' in goal)
    return s.s3.earlyDeletionUsd <= goal.s3EarlyDeletionAtMost + 1e-9;
  const { tab, usd } = goal.monthlyCostAtMost;
  const monthly =
    tab === 'ecr'
      ? ecrMonthlyStorageCost(s.ecr.images).monthly
      : s3MonthlyStorageCost(s.s3.objects).monthly;
  return monthly <= usd + 1e-9;
}
