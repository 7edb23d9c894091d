/**
 * Amazon S3 Lifecycle: the configuration as the S3 API writes it in JSON, the bucket model the
 * engine works on, and the documented tables (limits, minimum durations, the transition waterfall).
 * Doc slugs refer to https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html.
 */

export type S3TransitionStorageClass =
  'STANDARD_IA' | 'ONEZONE_IA' | 'INTELLIGENT_TIERING' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';
export type S3StorageClass = 'STANDARD' | S3TransitionStorageClass;

export interface S3Tag {
  Key: string;
  Value?: string;
}

export interface S3AndOperator {
  Prefix?: string;
  Tags?: S3Tag[];
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
}

export interface S3LifecycleFilter {
  Prefix?: string;
  Tag?: S3Tag;
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  And?: S3AndOperator;
}

export interface S3Transition {
  Days?: number;
  Date?: string;
  StorageClass: S3TransitionStorageClass;
}

export interface S3Expiration {
  Days?: number;
  Date?: string;
  ExpiredObjectDeleteMarker?: boolean;
}

export interface S3NoncurrentVersionTransition {
  NoncurrentDays: number;
  StorageClass: S3TransitionStorageClass;
  NewerNoncurrentVersions?: number;
}

export interface S3NoncurrentVersionExpiration {
  NoncurrentDays: number;
  NewerNoncurrentVersions?: number;
}

export interface S3LifecycleRule {
  ID?: string;
  Status: 'Enabled' | 'Disabled';
  Filter?: S3LifecycleFilter;
  /** Deprecated rule-level prefix, accepted when there is no Filter. */
  Prefix?: string;
  Transitions?: S3Transition[];
  Expiration?: S3Expiration;
  NoncurrentVersionTransitions?: S3NoncurrentVersionTransition[];
  NoncurrentVersionExpiration?: S3NoncurrentVersionExpiration;
  AbortIncompleteMultipartUpload?: { DaysAfterInitiation: number };
}

export type S3TransitionDefaultMinimumObjectSize =
  'all_storage_classes_128K' | 'varies_by_storage_class';

export interface S3LifecycleConfiguration {
  /** As GetBucketLifecycleConfiguration reports it; absent means the September 2024 default. */
  TransitionDefaultMinimumObjectSize?: S3TransitionDefaultMinimumObjectSize;
  Rules: S3LifecycleRule[];
}

// The bucket's objects

export interface S3ObjectLock {
  mode: 'GOVERNANCE' | 'COMPLIANCE' | null;
  retainUntil?: string;
  legalHold?: boolean | 'ON' | 'OFF';
}

export interface S3ObjectVersion {
  versionId: string;
  createdAt: string;
  storageClass: string;
  isDeleteMarker: boolean;
  lock?: S3ObjectLock;
  /** When the version entered its current storage class (set by lifecycle transitions). */
  storageClassSince?: string;
}

export interface S3MultipartUpload {
  uploadId: string;
  initiatedAt: string;
}

export interface S3Object {
  key: string;
  size: number;
  tags: Record<string, string>;
  /** Oldest first; the last one is the current version. */
  versions: S3ObjectVersion[];
  /** Incomplete multipart uploads for this key. */
  uploads?: S3MultipartUpload[];
}

export type S3Versioning = 'Disabled' | 'Enabled' | 'Suspended';

export interface S3Bucket {
  versioning: S3Versioning;
  objectLock: boolean;
}

export type S3LifecycleAction =
  'transition' | 'expire' | 'delete-marker' | 'delete' | 'abort-upload';

export interface S3LifecycleEvent {
  at: string;
  key: string;
  versionId: string;
  action: S3LifecycleAction;
  storageClass?: string;
  rule: string;
}

export interface S3ApplyInput {
  bucket: S3Bucket;
  configuration: S3LifecycleConfiguration | string;
  objects: readonly S3Object[];
  now: string;
  /**
   * When continuing a simulation: the `now` of the previous call. Lifecycle has already run up to
   * this instant, so only the daily runs after it happen; stepping day by day with `since` gives
   * the same objects and events as one call.
   */
  since?: string;
}

export interface S3ApplyResult {
  objects: S3Object[];
  events: S3LifecycleEvent[];
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Documented limits and tables

/** Up to 1,000 rules per configuration, not adjustable (intro-lifecycle-rules). */
export const S3_MAX_RULES = 1000;
/** A rule ID is at most 255 characters (intro-lifecycle-rules). */
export const S3_MAX_ID_LENGTH = 255;
/** NewerNoncurrentVersions is 1–100 (lifecycle-expire-general-considerations). */
export const S3_MAX_NEWER_NONCURRENT = 100;
/** Size filters go up to 50 TB (intro-lifecycle-filters). */
export const S3_MAX_FILTER_SIZE = 50 * 1024 ** 4;
/** Objects smaller than 128 KB are not transitioned by default (lifecycle-transition-general-considerations). */
export const S3_SMALL_OBJECT_BYTES = 128 * 1024;

export const S3_TRANSITION_CLASSES: readonly S3TransitionStorageClass[] = [
  'STANDARD_IA',
  'INTELLIGENT_TIERING',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
];
export const S3_STORAGE_CLASSES: readonly S3StorageClass[] = ['STANDARD', ...S3_TRANSITION_CLASSES];

/** Minimum storage durations in days (storage-class-intro, lifecycle-transition-general-considerations). */
export const S3_MINIMUM_STORAGE_DAYS: Readonly<Record<S3StorageClass, number>> = {
  STANDARD: 0,
  STANDARD_IA: 30,
  ONEZONE_IA: 30,
  INTELLIGENT_TIERING: 0,
  GLACIER_IR: 90,
  GLACIER: 90,
  DEEP_ARCHIVE: 180,
};

/** The waterfall: which classes lifecycle may move an object to from each class (lifecycle-transition-general-considerations). */
export const S3_SUPPORTED_TRANSITIONS: Readonly<
  Record<S3StorageClass, readonly S3TransitionStorageClass[]>
> = {
  STANDARD: S3_TRANSITION_CLASSES,
  STANDARD_IA: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  INTELLIGENT_TIERING: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  ONEZONE_IA: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER_IR: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER: ['DEEP_ARCHIVE'],
  DEEP_ARCHIVE: [],
};

export function isKnownClass(value: string): value is S3StorageClass {
  return value === 'STANDARD' || (S3_TRANSITION_CLASSES as readonly string[]).includes(value);
}
