import * as z from 'zod/mini';
import { acceptingOldNames } from '../actionNames';
import type { EcrImage } from './ecr-types';
import {
  S3_STORAGE_CLASSES,
  type S3LifecycleEvent,
  type S3Object,
  type S3StorageClass,
  type S3Versioning,
} from './s3-types';

/**
 * What the lifecycle simulator keeps: an ECR repository and an S3 bucket, each with its policy as
 * the raw text the learner typed (valid or not, so an edit is never lost), its images or objects,
 * its own simulated clock and the timeline of what lifecycle did. Scenarios arrive from share
 * links, saves and challenge files, so they are parsed here.
 */
export type LifecycleTab = 'ecr' | 's3';

/** Something ECR lifecycle did to an image, and the rule that did it. */
export interface EcrTimelineEntry {
  at: string;
  digest: string;
  /** The image's tags when lifecycle acted. */
  tags: string[];
  action: 'expire' | 'transition';
  rulePriority: number;
  sizeBytes: number;
}

export interface EcrState {
  repository: string;
  /** LifecyclePolicyText as typed; "" = no lifecycle policy. */
  policyText: string;
  images: EcrImage[];
  /** This repository's simulated clock, ISO-8601 UTC. */
  now: string;
  timeline: EcrTimelineEntry[];
}

/** The outcome of the last request made by hand (a delete, a retention change…). */
export interface S3Request {
  operation: 'PutObject' | 'DeleteObject' | 'PutObjectRetention' | 'PutObjectLegalHold';
  key: string;
  versionId: string | null;
  status: 200 | 204 | 400 | 403 | 404;
  message: string;
}

export interface S3BucketState {
  name: string;
  versioning: S3Versioning;
  objectLock: boolean;
}

export interface S3State {
  bucket: S3BucketState;
  /** The lifecycle configuration as typed (S3 API JSON); "" = none. */
  configurationText: string;
  objects: S3Object[];
  now: string;
  timeline: S3LifecycleEvent[];
  /** Minimum-storage-duration charges incurred so far, in USD. */
  earlyDeletionUsd: number;
  lastRequest: S3Request | null;
}

export interface LifecycleScenario {
  /** The tab the simulator opens on. */
  tab: LifecycleTab;
  ecr: EcrState;
  s3: S3State;
}

/** Limits that keep a scenario (and a share link) a sensible size. */
export const LIMITS = {
  images: 2000,
  objects: 500,
  versionsPerObject: 400,
  timeline: 2000,
  policyText: 40_000,
  advanceDays: 400,
  generateDays: 730,
  sizeBytes: 5 * 1024 ** 4,
} as const;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const safeKey = z.string().check(
  z.minLength(1),
  z.maxLength(128),
  z.refine((s) => !FORBIDDEN.has(s), { message: 'this name is reserved' }),
);
const instant = z.iso.datetime();
/** At most `max` items, no two with the same key. */
const uniqueList = <T>(item: z.ZodMiniType<T>, max: number, key: (t: T) => string, keys: string) =>
  z.array(item).check(
    z.maxLength(max),
    z.refine((list) => new Set(list.map(key)).size === list.length, {
      message: `${keys} must be unique`,
    }),
  );
const days = z.number().check(z.int(), z.gte(0), z.lte(LIMITS.generateDays));
const bytes = z.number().check(z.gte(0), z.lte(LIMITS.sizeBytes));
/** An ECR image tag (ImageIdentifier imageTag): up to 128 characters. */
export const ECR_TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const tag = z.string().check(z.regex(ECR_TAG, 'an image tag is 1–128 letters, digits, _ . or -'));
const s3Class = z.enum(S3_STORAGE_CLASSES as [S3StorageClass, ...S3StorageClass[]]);
const lockMode = z.enum(['GOVERNANCE', 'COMPLIANCE']);

/** What lifecycle did so far: events with their instant, as many as a saved scenario keeps. */
const timeline = <Event extends z.core.$ZodLooseShape>(event: Event) =>
  z.array(z.object({ at: instant, ...event })).check(z.maxLength(LIMITS.timeline));

const ecrImageSchema = z.object({
  digest: z.string().check(z.minLength(1), z.maxLength(100)),
  tags: z.array(tag).check(z.maxLength(100)),
  pushedAt: instant,
  sizeBytes: z.optional(bytes),
  storageClass: z.optional(z.enum(['standard', 'archive'])),
  lastPulledAt: z.optional(z.nullable(instant)),
  lastArchivedAt: z.optional(z.nullable(instant)),
  lastActivatedAt: z.optional(z.nullable(instant)),
});

const ecrStateSchema = z.object({
  repository: z.string().check(z.regex(/^[a-z0-9]+(?:[._/-][a-z0-9]+)*$/), z.maxLength(256)),
  policyText: z.string().check(z.maxLength(LIMITS.policyText)),
  images: uniqueList(ecrImageSchema, LIMITS.images, (i) => i.digest, 'image digests'),
  now: instant,
  timeline: timeline({
    digest: z.string().check(z.maxLength(100)),
    tags: z.array(z.string().check(z.maxLength(128))).check(z.maxLength(100)),
    action: z.enum(['expire', 'transition']),
    rulePriority: z.number().check(z.int(), z.gte(1)),
    sizeBytes: bytes,
  }),
});

const s3VersionSchema = z.object({
  versionId: z.string().check(z.minLength(1), z.maxLength(100)),
  createdAt: instant,
  storageClass: s3Class,
  isDeleteMarker: z.boolean(),
  lock: z.optional(
    z.object({
      mode: z.nullable(lockMode),
      retainUntil: z.optional(instant),
      legalHold: z.optional(z.boolean()),
    }),
  ),
  storageClassSince: z.optional(instant),
});

const s3ObjectSchema = z.object({
  key: z.string().check(
    z.minLength(1),
    z.maxLength(1024),
    z.refine((s) => !FORBIDDEN.has(s), { message: 'this key is reserved' }),
  ),
  size: bytes,
  tags: z.record(safeKey, z.string().check(z.maxLength(256))),
  versions: z.array(s3VersionSchema).check(
    z.minLength(1),
    z.maxLength(LIMITS.versionsPerObject),
    z.refine((list) => new Set(list.map((v) => v.versionId)).size === list.length, {
      message: 'version ids must be unique within an object',
    }),
    z.refine(
      (list) =>
        list.every(
          (v, i) => i === 0 || Date.parse(v.createdAt) >= Date.parse(list[i - 1]!.createdAt),
        ),
      { message: 'versions are listed oldest first' },
    ),
  ),
});

const s3StateSchema = z.object({
  bucket: z.object({
    name: z
      .string()
      .check(
        z.regex(
          /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
          'a bucket name is 3–63 lowercase letters, digits, dots or hyphens',
        ),
      ),
    versioning: z.enum(['Disabled', 'Enabled', 'Suspended']),
    objectLock: z.boolean(),
  }),
  configurationText: z.string().check(z.maxLength(LIMITS.policyText)),
  objects: uniqueList(s3ObjectSchema, LIMITS.objects, (o) => o.key, 'object keys'),
  now: instant,
  timeline: timeline({
    key: z.string().check(z.maxLength(1024)),
    versionId: z.string().check(z.maxLength(100)),
    action: z.enum(['transition', 'expire', 'delete-marker', 'delete', 'abort-upload']),
    storageClass: z.optional(z.string().check(z.maxLength(40))),
    rule: z.string().check(z.maxLength(300)),
  }),
  earlyDeletionUsd: z.number().check(z.gte(0)),
  lastRequest: z.nullable(
    z.object({
      operation: z.enum(['PutObject', 'DeleteObject', 'PutObjectRetention', 'PutObjectLegalHold']),
      key: z.string().check(z.maxLength(1024)),
      versionId: z.nullable(z.string().check(z.maxLength(100))),
      status: z.union([
        z.literal(200),
        z.literal(204),
        z.literal(400),
        z.literal(403),
        z.literal(404),
      ]),
      message: z.string().check(z.maxLength(2000)),
    }),
  ),
});

export const lifecycleScenarioSchema = z.object({
  tab: z.enum(['ecr', 's3']),
  ecr: ecrStateSchema,
  s3: s3StateSchema,
});

// ---------- actions ----------

const advanceDays = z.number().check(z.int(), z.gte(1), z.lte(LIMITS.advanceDays));
const objectKey = z.string().check(
  z.minLength(1),
  z.maxLength(1024),
  z.refine((s) => !FORBIDDEN.has(s), { message: 'this key is reserved' }),
);
const versionId = z.string().check(z.minLength(1), z.maxLength(100));

const lifecycleActions = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ecr.policy.edit'),
    text: z.string().check(z.maxLength(LIMITS.policyText)),
  }),
  z.object({
    type: z.literal('ecr.image.add'),
    tags: z.array(tag).check(z.maxLength(20)),
    pushedDaysAgo: days,
    pulledDaysAgo: z.nullable(days),
    sizeBytes: bytes,
  }),
  z.object({ type: z.literal('ecr.image.remove'), digest: z.string().check(z.maxLength(100)) }),
  z.object({ type: z.literal('ecr.image.pull'), digest: z.string().check(z.maxLength(100)) }),
  z.object({ type: z.literal('ecr.image.restore'), digest: z.string().check(z.maxLength(100)) }),
  z.object({
    type: z.literal('ecr.images.generate'),
    days: z.number().check(z.int(), z.gte(1), z.lte(LIMITS.generateDays)),
    everyDays: z.number().check(z.int(), z.gte(1), z.lte(LIMITS.generateDays)),
    /** One image per entry at each push: a tag prefix (numbered), or "" for an untagged image. */
    tags: z
      .array(
        z.union([
          z.literal(''),
          z
            .string()
            .check(
              z.regex(
                /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,100}$/,
                'a tag prefix is letters, digits, _ . or -',
              ),
            ),
        ]),
      )
      .check(z.minLength(1), z.maxLength(10)),
    sizeBytes: bytes,
  }),
  z.object({ type: z.literal('ecr.clock.advance'), days: advanceDays }),

  z.object({
    type: z.literal('s3.configuration.edit'),
    text: z.string().check(z.maxLength(LIMITS.policyText)),
  }),
  z.object({
    type: z.literal('s3.versioning.set'),
    versioning: z.enum(['Disabled', 'Enabled', 'Suspended']),
  }),
  z.object({ type: z.literal('s3.objectLock.enable') }),
  z.object({
    type: z.literal('s3.object.put'),
    key: objectKey,
    size: bytes,
    storageClass: z.optional(s3Class),
    lock: z.optional(
      z.nullable(
        z.object({ mode: lockMode, retainDays: z.number().check(z.int(), z.gte(1), z.lte(36500)) }),
      ),
    ),
    legalHold: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('s3.object.delete'),
    key: objectKey,
    versionId: z.nullable(versionId),
    bypassGovernance: z.boolean(),
  }),
  z.object({
    type: z.literal('s3.retention.set'),
    key: objectKey,
    versionId,
    mode: z.nullable(lockMode),
    retainDays: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(36500))),
    bypassGovernance: z.boolean(),
  }),
  z.object({ type: z.literal('s3.legalHold.set'), key: objectKey, versionId, on: z.boolean() }),
  z.object({
    type: z.literal('s3.objects.generate'),
    prefix: z.string().check(z.maxLength(200)),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    count: z.number().check(z.int(), z.gte(1), z.lte(LIMITS.versionsPerObject)),
    everyDays: z.number().check(z.int(), z.gte(1), z.lte(LIMITS.generateDays)),
    size: bytes,
    /** true: one key overwritten `count` times; false: `count` new keys. */
    overwrite: z.boolean(),
    lock: z.nullable(
      z.object({ mode: lockMode, retainDays: z.number().check(z.int(), z.gte(1), z.lte(36500)) }),
    ),
  }),
  z.object({ type: z.literal('s3.clock.advance'), days: advanceDays }),
]);

export const lifecycleActionSchema = acceptingOldNames(lifecycleActions, {
  'ecr.generate': 'ecr.images.generate',
  's3.generate': 's3.objects.generate',
});

export type LifecycleAction = z.infer<typeof lifecycleActions>;
