/**
 * Amazon S3 Lifecycle with versioning and Object Lock: the parser validates a lifecycle
 * configuration (the JSON the S3 API and CLI write), the engine applies it to a bucket's objects
 * up to `now`, one daily lifecycle run at a time, and explains every decision.
 *
 * Doc pages (https://docs.aws.amazon.com/AmazonS3/latest/userguide/<slug>.html) named below:
 *   intro-lifecycle-rules                     – elements, limits, how due dates are computed
 *   intro-lifecycle-filters                   – Prefix / Tag / size filters, the And operator
 *   lifecycle-transition-general-considerations – supported transitions, 30-day IA rule, 128 KB
 *                                                default, minimum durations inside one rule
 *   lifecycle-expire-general-considerations   – what Expiration does per versioning state
 *   lifecycle-conflicts                       – which action wins when several fall due
 *   lifecycle-configuration-examples          – the worked examples (tests/vectors/lifecycle)
 *   object-lock-managing                      – "a locked version … cannot be deleted by a S3
 *                                                Lifecycle expiration policy"
 *   API_LifecycleRule / API_LifecycleExpiration / API_NoncurrentVersionExpiration – value ranges
 */
import { PolicyError } from '../errors';
import { DAY_MS, ceilToMidnightUtc, instantOrNaN, isMidnightUtc, parseInstant, toDay, toIso } from './dates';
import {
  expectArray,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  has,
  isJsonObject,
  join,
  parseJsonText,
  rejectUnknownKeys,
  type JsonObject,
} from './json';

// ---------------------------------------------------------------------------------------------
// Types: the configuration as the S3 API writes it in JSON

export type S3TransitionStorageClass =
  | 'STANDARD_IA'
  | 'ONEZONE_IA'
  | 'INTELLIGENT_TIERING'
  | 'GLACIER_IR'
  | 'GLACIER'
  | 'DEEP_ARCHIVE';
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

export type S3TransitionDefaultMinimumObjectSize = 'all_storage_classes_128K' | 'varies_by_storage_class';

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

export type S3LifecycleAction = 'transition' | 'expire' | 'delete-marker' | 'delete' | 'abort-upload';

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
export const S3_SUPPORTED_TRANSITIONS: Readonly<Record<S3StorageClass, readonly S3TransitionStorageClass[]>> = {
  STANDARD: ['STANDARD_IA', 'INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  STANDARD_IA: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  INTELLIGENT_TIERING: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  ONEZONE_IA: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER_IR: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER: ['DEEP_ARCHIVE'],
  DEEP_ARCHIVE: [],
};

/**
 * When several transitions fall due together, lifecycle picks the cheapest class, except that
 * Intelligent-Tiering is favoured over everything but Glacier Flexible Retrieval and Deep Archive
 * (lifecycle-conflicts). Higher wins.
 */
const TRANSITION_PREFERENCE: Readonly<Record<S3TransitionStorageClass, number>> = {
  STANDARD_IA: 1,
  ONEZONE_IA: 2,
  GLACIER_IR: 3,
  INTELLIGENT_TIERING: 4,
  GLACIER: 5,
  DEEP_ARCHIVE: 6,
};

function isKnownClass(value: string): value is S3StorageClass {
  return value === 'STANDARD' || (S3_TRANSITION_CLASSES as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Parsing and validation

/** Parses and validates a lifecycle configuration in the S3 API's JSON form. */
export function parseS3LifecycleConfiguration(json: string): S3LifecycleConfiguration {
  return validateS3LifecycleConfiguration(parseJsonText(json));
}

/** Validates an already-parsed configuration (any JSON value); returns a clean copy. */
export function validateS3LifecycleConfiguration(value: unknown): S3LifecycleConfiguration {
  const root = expectObject(value, '', 'a lifecycle configuration');
  rejectUnknownKeys(root, ['Rules', 'TransitionDefaultMinimumObjectSize'], '');
  if (!has(root, 'Rules')) throw new PolicyError('Rules', 'a lifecycle configuration needs a "Rules" array');
  const raw = expectArray(root['Rules'], 'Rules', '"Rules"');
  // at least one rule; at most 1,000 (intro-lifecycle-rules; ErrorResponses InvalidRequest)
  if (raw.length === 0) throw new PolicyError('Rules', 'at least one lifecycle rule must be specified');
  if (raw.length > S3_MAX_RULES) {
    throw new PolicyError('Rules', `the number of lifecycle rules must not exceed ${S3_MAX_RULES}; this configuration has ${raw.length}`);
  }
  const rules = raw.map((r, i) => validateRule(r, join('Rules', i)));
  const ids = new Map<string, number>();
  rules.forEach((rule, i) => {
    if (rule.ID === undefined) return;
    // rule IDs are unique within a configuration (intro-lifecycle-rules)
    const previous = ids.get(rule.ID);
    if (previous !== undefined) {
      throw new PolicyError(join(join('Rules', i), 'ID'), `rule ID "${rule.ID}" is already used by Rules[${previous}]`);
    }
    ids.set(rule.ID, i);
  });
  if (has(root, 'TransitionDefaultMinimumObjectSize')) {
    const size = expectOneOf(
      root['TransitionDefaultMinimumObjectSize'],
      ['all_storage_classes_128K', 'varies_by_storage_class'] as const,
      'TransitionDefaultMinimumObjectSize',
      'TransitionDefaultMinimumObjectSize',
    );
    return { TransitionDefaultMinimumObjectSize: size, Rules: rules };
  }
  return { Rules: rules };
}

const RULE_KEYS = [
  'ID',
  'Status',
  'Filter',
  'Prefix',
  'Transitions',
  'Expiration',
  'NoncurrentVersionTransitions',
  'NoncurrentVersionExpiration',
  'AbortIncompleteMultipartUpload',
] as const;

function validateRule(raw: unknown, path: string): S3LifecycleRule {
  const rule = expectObject(raw, path, 'a lifecycle rule');
  for (const [singular, plural] of [
    ['Transition', 'Transitions'],
    ['NoncurrentVersionTransition', 'NoncurrentVersionTransitions'],
  ] as const) {
    if (has(rule, singular)) {
      throw new PolicyError(join(path, singular), `the JSON form lists transitions under "${plural}" (an array), not "${singular}"`);
    }
  }
  rejectUnknownKeys(rule, RULE_KEYS, path);
  const out: S3LifecycleRule = { Status: 'Enabled' };
  if (has(rule, 'ID')) {
    const id = expectString(rule['ID'], join(path, 'ID'), 'ID');
    // ID length is limited to 255 characters (intro-lifecycle-rules)
    if (id.length > S3_MAX_ID_LENGTH) {
      throw new PolicyError(join(path, 'ID'), `a rule ID is at most ${S3_MAX_ID_LENGTH} characters; this one has ${id.length}`);
    }
    out.ID = id;
  }
  if (!has(rule, 'Status')) throw new PolicyError(join(path, 'Status'), 'Status is required ("Enabled" or "Disabled")');
  out.Status = expectOneOf(rule['Status'], ['Enabled', 'Disabled'] as const, join(path, 'Status'), 'Status');

  // Filter is required unless the deprecated rule-level Prefix is used (API_LifecycleRule)
  const hasFilter = has(rule, 'Filter');
  if (hasFilter && has(rule, 'Prefix')) {
    throw new PolicyError(join(path, 'Prefix'), 'use either Filter or the deprecated rule-level Prefix, not both');
  }
  if (!hasFilter && !has(rule, 'Prefix')) {
    throw new PolicyError(join(path, 'Filter'), 'a rule needs a Filter ({} for every object in the bucket)');
  }
  if (hasFilter) out.Filter = validateFilter(rule['Filter'], join(path, 'Filter'));
  else out.Prefix = expectString(rule['Prefix'], join(path, 'Prefix'), 'Prefix');
  const usesTags = out.Filter !== undefined && filterUsesTags(out.Filter);

  let usesDays = false;
  let usesDate = false;
  if (has(rule, 'Transitions')) {
    const list = expectArray(rule['Transitions'], join(path, 'Transitions'), 'Transitions');
    if (list.length === 0) throw new PolicyError(join(path, 'Transitions'), 'Transitions needs at least one transition');
    out.Transitions = list.map((t, i) => validateTransition(t, join(join(path, 'Transitions'), i)));
    for (const t of out.Transitions) {
      if (t.Days !== undefined) usesDays = true;
      else usesDate = true;
    }
  }
  if (has(rule, 'Expiration')) {
    out.Expiration = validateExpiration(rule['Expiration'], join(path, 'Expiration'));
    if (out.Expiration.Days !== undefined) usesDays = true;
    if (out.Expiration.Date !== undefined) usesDate = true;
    // ExpiredObjectDeleteMarker can't be used in a rule with a tag filter (lifecycle-configuration-examples)
    if (out.Expiration.ExpiredObjectDeleteMarker !== undefined && usesTags) {
      throw new PolicyError(join(path, 'Expiration.ExpiredObjectDeleteMarker'), 'ExpiredObjectDeleteMarker cannot be used in a rule whose filter uses object tags');
    }
  }
  // one rule can't use both Date and Days (lifecycle-configuration-examples)
  if (usesDays && usesDate) {
    throw new PolicyError(path, 'a rule cannot use both Date and Days in its transitions and expiration');
  }
  if (out.Transitions) checkTransitionChain(out.Transitions, join(path, 'Transitions'));
  if (out.Transitions && out.Expiration) checkExpirationAfterTransitions(out.Transitions, out.Expiration, path);

  if (has(rule, 'NoncurrentVersionTransitions')) {
    const list = expectArray(rule['NoncurrentVersionTransitions'], join(path, 'NoncurrentVersionTransitions'), 'NoncurrentVersionTransitions');
    if (list.length === 0) {
      throw new PolicyError(join(path, 'NoncurrentVersionTransitions'), 'NoncurrentVersionTransitions needs at least one transition');
    }
    out.NoncurrentVersionTransitions = list.map((t, i) =>
      validateNoncurrentTransition(t, join(join(path, 'NoncurrentVersionTransitions'), i)),
    );
    checkNoncurrentChain(out.NoncurrentVersionTransitions, join(path, 'NoncurrentVersionTransitions'));
  }
  if (has(rule, 'NoncurrentVersionExpiration')) {
    out.NoncurrentVersionExpiration = validateNoncurrentExpiration(rule['NoncurrentVersionExpiration'], join(path, 'NoncurrentVersionExpiration'));
    const latest = Math.max(-1, ...(out.NoncurrentVersionTransitions ?? []).map((t) => t.NoncurrentDays));
    // noncurrent expiration comes after every noncurrent transition (S3 InvalidArgument, like Days below)
    if (out.NoncurrentVersionExpiration.NoncurrentDays <= latest) {
      throw new PolicyError(
        join(path, 'NoncurrentVersionExpiration.NoncurrentDays'),
        `'NoncurrentDays' in the NoncurrentVersionExpiration action must be greater than 'NoncurrentDays' in the NoncurrentVersionTransition action (${latest})`,
      );
    }
  }
  // NewerNoncurrentVersions needs a Filter element (lifecycle-expire-general-considerations)
  if (!hasFilter) {
    const newer =
      out.NoncurrentVersionExpiration?.NewerNoncurrentVersions !== undefined
        ? 'NoncurrentVersionExpiration.NewerNoncurrentVersions'
        : out.NoncurrentVersionTransitions?.some((t) => t.NewerNoncurrentVersions !== undefined)
          ? 'NoncurrentVersionTransitions'
          : undefined;
    if (newer) throw new PolicyError(join(path, newer), 'NewerNoncurrentVersions needs a Filter element (InvalidRequest otherwise)');
  }
  if (has(rule, 'AbortIncompleteMultipartUpload')) {
    const p = join(path, 'AbortIncompleteMultipartUpload');
    const abort = expectObject(rule['AbortIncompleteMultipartUpload'], p, 'AbortIncompleteMultipartUpload');
    rejectUnknownKeys(abort, ['DaysAfterInitiation'], p);
    if (!has(abort, 'DaysAfterInitiation')) throw new PolicyError(join(p, 'DaysAfterInitiation'), 'DaysAfterInitiation is required');
    const days = expectInteger(abort['DaysAfterInitiation'], join(p, 'DaysAfterInitiation'), 'DaysAfterInitiation', 1);
    // AbortIncompleteMultipartUpload can't be used in a rule with a tag filter (lifecycle-configuration-examples)
    if (usesTags) throw new PolicyError(p, 'AbortIncompleteMultipartUpload cannot be used in a rule whose filter uses object tags');
    out.AbortIncompleteMultipartUpload = { DaysAfterInitiation: days };
  }
  // at least one action per rule (ErrorResponses InvalidRequest)
  if (
    !out.Transitions &&
    !out.Expiration &&
    !out.NoncurrentVersionTransitions &&
    !out.NoncurrentVersionExpiration &&
    !out.AbortIncompleteMultipartUpload
  ) {
    throw new PolicyError(path, 'at least one action must be specified in a lifecycle rule');
  }
  return orderRule(out);
}

/** The same rule with its keys in the API's order, so printing is stable. */
function orderRule(rule: S3LifecycleRule): S3LifecycleRule {
  const source = rule as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of RULE_KEYS) if (source[key] !== undefined) out[key] = source[key];
  return out as unknown as S3LifecycleRule;
}

function filterUsesTags(filter: S3LifecycleFilter): boolean {
  return filter.Tag !== undefined || (filter.And?.Tags?.length ?? 0) > 0;
}

function validateTag(raw: unknown, path: string): S3Tag {
  const tag = expectObject(raw, path, 'a tag');
  rejectUnknownKeys(tag, ['Key', 'Value'], path);
  if (!has(tag, 'Key')) throw new PolicyError(join(path, 'Key'), 'a tag needs a Key');
  const key = expectString(tag['Key'], join(path, 'Key'), 'Key');
  // Key: 1–128 characters, Value up to 256 (API_Tag)
  if (key.length < 1 || key.length > 128) throw new PolicyError(join(path, 'Key'), 'a tag Key is 1–128 characters');
  if (!has(tag, 'Value')) return { Key: key };
  const value = expectString(tag['Value'], join(path, 'Value'), 'Value');
  if (value.length > 256) throw new PolicyError(join(path, 'Value'), 'a tag Value is at most 256 characters');
  return { Key: key, Value: value };
}

function validateSize(raw: unknown, path: string, name: string): number {
  // sizes are non-negative byte counts up to 50 TB (intro-lifecycle-filters)
  return expectInteger(raw, path, name, 0, S3_MAX_FILTER_SIZE);
}

function validateFilter(raw: unknown, path: string): S3LifecycleFilter {
  const filter = expectObject(raw, path, 'Filter');
  rejectUnknownKeys(filter, ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'], path);
  const keys = Object.keys(filter);
  // a Filter has exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan or And, or is empty (API_LifecycleRule)
  if (keys.length > 1) {
    throw new PolicyError(path, `a Filter holds one predicate; combine ${keys.join(' and ')} inside "And"`);
  }
  const key = keys[0];
  if (key === undefined) return {};
  const p = join(path, key);
  switch (key) {
    case 'Prefix':
      return { Prefix: expectString(filter['Prefix'], p, 'Prefix') };
    case 'Tag':
      return { Tag: validateTag(filter['Tag'], p) };
    case 'ObjectSizeGreaterThan':
      return { ObjectSizeGreaterThan: validateSize(filter[key], p, key) };
    case 'ObjectSizeLessThan':
      return { ObjectSizeLessThan: validateSize(filter[key], p, key) };
    default:
      return { And: validateAnd(filter['And'], p) };
  }
}

function validateAnd(raw: unknown, path: string): S3AndOperator {
  const and = expectObject(raw, path, 'And');
  rejectUnknownKeys(and, ['Prefix', 'Tags', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'], path);
  const out: S3AndOperator = {};
  let predicates = 0;
  if (has(and, 'Prefix')) {
    out.Prefix = expectString(and['Prefix'], join(path, 'Prefix'), 'Prefix');
    predicates += 1;
  }
  if (has(and, 'Tags')) {
    const list = expectArray(and['Tags'], join(path, 'Tags'), 'Tags');
    out.Tags = list.map((t, i) => validateTag(t, join(join(path, 'Tags'), i)));
    const seen = new Set<string>();
    out.Tags.forEach((tag, i) => {
      // each tag key in a filter must be unique (intro-lifecycle-filters)
      if (seen.has(tag.Key)) throw new PolicyError(join(join(join(path, 'Tags'), i), 'Key'), `tag key "${tag.Key}" appears twice`);
      seen.add(tag.Key);
    });
    predicates += out.Tags.length;
  }
  if (has(and, 'ObjectSizeGreaterThan')) {
    out.ObjectSizeGreaterThan = validateSize(and['ObjectSizeGreaterThan'], join(path, 'ObjectSizeGreaterThan'), 'ObjectSizeGreaterThan');
    predicates += 1;
  }
  if (has(and, 'ObjectSizeLessThan')) {
    out.ObjectSizeLessThan = validateSize(and['ObjectSizeLessThan'], join(path, 'ObjectSizeLessThan'), 'ObjectSizeLessThan');
    predicates += 1;
  }
  // And combines two or more predicates (API_LifecycleRuleAndOperator)
  if (predicates < 2) throw new PolicyError(path, 'And combines two or more predicates; use the predicate directly in Filter');
  // ObjectSizeGreaterThan must be less than ObjectSizeLessThan (intro-lifecycle-filters)
  if (
    out.ObjectSizeGreaterThan !== undefined &&
    out.ObjectSizeLessThan !== undefined &&
    out.ObjectSizeGreaterThan >= out.ObjectSizeLessThan
  ) {
    throw new PolicyError(join(path, 'ObjectSizeLessThan'), 'ObjectSizeGreaterThan must be less than ObjectSizeLessThan');
  }
  return out;
}

function validateMidnightDate(raw: unknown, path: string): string {
  const text = expectString(raw, path, 'Date');
  const ms = parseInstant(text, path);
  // "The date value must conform to the ISO 8601 format. The time is always midnight UTC." (API_LifecycleExpiration)
  if (!isMidnightUtc(ms)) throw new PolicyError(path, `a lifecycle Date is midnight UTC, got ${text}`);
  return text;
}

function validateTransition(raw: unknown, path: string): S3Transition {
  const t = expectObject(raw, path, 'a transition');
  rejectUnknownKeys(t, ['Days', 'Date', 'StorageClass'], path);
  if (!has(t, 'StorageClass')) throw new PolicyError(join(path, 'StorageClass'), 'StorageClass is required');
  const storageClass = expectOneOf(t['StorageClass'], S3_TRANSITION_CLASSES, join(path, 'StorageClass'), 'StorageClass');
  if (has(t, 'Days') === has(t, 'Date')) throw new PolicyError(path, 'a transition has exactly one of Days or Date');
  if (has(t, 'Date')) return { Date: validateMidnightDate(t['Date'], join(path, 'Date')), StorageClass: storageClass };
  // Transition Days can be 0 or any positive integer (API_Transition)
  const days = expectInteger(t['Days'], join(path, 'Days'), 'Days', 0);
  // at least 30 days before S3 Standard-IA or One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(join(path, 'Days'), `'Days' in the Transition action for StorageClass ${storageClass} must be 30 or more, got ${days}`);
  }
  return { Days: days, StorageClass: storageClass };
}

function validateNoncurrentTransition(raw: unknown, path: string): S3NoncurrentVersionTransition {
  const t = expectObject(raw, path, 'a noncurrent version transition');
  rejectUnknownKeys(t, ['NoncurrentDays', 'StorageClass', 'NewerNoncurrentVersions'], path);
  if (!has(t, 'StorageClass')) throw new PolicyError(join(path, 'StorageClass'), 'StorageClass is required');
  const storageClass = expectOneOf(t['StorageClass'], S3_TRANSITION_CLASSES, join(path, 'StorageClass'), 'StorageClass');
  if (!has(t, 'NoncurrentDays')) throw new PolicyError(join(path, 'NoncurrentDays'), 'NoncurrentDays is required');
  const days = expectInteger(t['NoncurrentDays'], join(path, 'NoncurrentDays'), 'NoncurrentDays', 0);
  // only versions at least 30 days noncurrent move to Standard-IA / One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(join(path, 'NoncurrentDays'), `'NoncurrentDays' for StorageClass ${storageClass} must be 30 or more, got ${days}`);
  }
  const out: S3NoncurrentVersionTransition = { NoncurrentDays: days, StorageClass: storageClass };
  if (has(t, 'NewerNoncurrentVersions')) {
    out.NewerNoncurrentVersions = expectInteger(t['NewerNoncurrentVersions'], join(path, 'NewerNoncurrentVersions'), 'NewerNoncurrentVersions', 1, S3_MAX_NEWER_NONCURRENT);
  }
  return out;
}

function validateExpiration(raw: unknown, path: string): S3Expiration {
  const e = expectObject(raw, path, 'Expiration');
  rejectUnknownKeys(e, ['Days', 'Date', 'ExpiredObjectDeleteMarker'], path);
  const present = ['Days', 'Date', 'ExpiredObjectDeleteMarker'].filter((k) => has(e, k));
  // ExpiredObjectDeleteMarker cannot be specified with Days or Date (API_LifecycleExpiration)
  if (present.length !== 1) {
    throw new PolicyError(
      path,
      present.length === 0
        ? 'Expiration needs Days, Date or ExpiredObjectDeleteMarker'
        : `Expiration takes one of Days, Date or ExpiredObjectDeleteMarker, not ${present.join(' and ')}`,
    );
  }
  if (has(e, 'Days')) {
    // "The value must be a non-zero positive integer." (API_LifecycleExpiration)
    return { Days: expectInteger(e['Days'], join(path, 'Days'), 'Days', 1) };
  }
  if (has(e, 'Date')) return { Date: validateMidnightDate(e['Date'], join(path, 'Date')) };
  const marker = e['ExpiredObjectDeleteMarker'];
  if (typeof marker !== 'boolean') {
    throw new PolicyError(join(path, 'ExpiredObjectDeleteMarker'), 'ExpiredObjectDeleteMarker must be true or false');
  }
  return { ExpiredObjectDeleteMarker: marker };
}

function validateNoncurrentExpiration(raw: unknown, path: string): S3NoncurrentVersionExpiration {
  const e = expectObject(raw, path, 'NoncurrentVersionExpiration');
  rejectUnknownKeys(e, ['NoncurrentDays', 'NewerNoncurrentVersions'], path);
  if (!has(e, 'NoncurrentDays')) throw new PolicyError(join(path, 'NoncurrentDays'), 'NoncurrentDays is required');
  // NoncurrentDays: a non-zero positive integer (API_NoncurrentVersionExpiration)
  const days = expectInteger(e['NoncurrentDays'], join(path, 'NoncurrentDays'), 'NoncurrentDays', 1);
  if (!has(e, 'NewerNoncurrentVersions')) return { NoncurrentDays: days };
  // up to 100 noncurrent versions to retain (API_NoncurrentVersionExpiration)
  const newer = expectInteger(e['NewerNoncurrentVersions'], join(path, 'NewerNoncurrentVersions'), 'NewerNoncurrentVersions', 1, S3_MAX_NEWER_NONCURRENT);
  return { NoncurrentDays: days, NewerNoncurrentVersions: newer };
}

interface Step {
  at: number; // days, or epoch days for dates
  storageClass: S3TransitionStorageClass;
  index: number;
}

function checkSteps(steps: Step[], path: string, field: string): void {
  const seen = new Map<S3TransitionStorageClass, number>();
  for (const step of steps) {
    const previous = seen.get(step.storageClass);
    if (previous !== undefined) {
      throw new PolicyError(join(join(path, step.index), 'StorageClass'), `StorageClass ${step.storageClass} appears twice in this rule`);
    }
    seen.set(step.storageClass, step.index);
  }
  const sorted = [...steps].sort((a, b) => a.at - b.at || a.index - b.index);
  for (let k = 1; k < sorted.length; k += 1) {
    const a = sorted[k - 1];
    const b = sorted[k];
    if (!a || !b) continue;
    const p = join(join(path, b.index), field);
    if (b.at === a.at) throw new PolicyError(p, `two transitions at the same ${field} (${a.storageClass} and ${b.storageClass})`);
    // transitions follow the waterfall (lifecycle-transition-general-considerations)
    if (!S3_SUPPORTED_TRANSITIONS[a.storageClass].includes(b.storageClass)) {
      throw new PolicyError(join(join(path, b.index), 'StorageClass'), `lifecycle cannot transition from ${a.storageClass} to ${b.storageClass}`);
    }
    // one rule can't leave a class before its minimum storage duration (lifecycle-transition-general-considerations)
    const minimum = S3_MINIMUM_STORAGE_DAYS[a.storageClass];
    if (b.at - a.at < minimum) {
      throw new PolicyError(
        p,
        `${b.storageClass} must come at least ${minimum} days after ${a.storageClass} (its minimum storage duration): at ${field} ${a.at + minimum} or later`,
      );
    }
  }
}

function checkTransitionChain(transitions: readonly S3Transition[], path: string): void {
  const steps = transitions.map((t, index) => ({
    at: t.Days ?? Math.round(Date.parse(t.Date ?? '') / DAY_MS),
    storageClass: t.StorageClass,
    index,
  }));
  checkSteps(steps, path, transitions[0]?.Days !== undefined ? 'Days' : 'Date');
}

function checkNoncurrentChain(transitions: readonly S3NoncurrentVersionTransition[], path: string): void {
  checkSteps(
    transitions.map((t, index) => ({ at: t.NoncurrentDays, storageClass: t.StorageClass, index })),
    path,
    'NoncurrentDays',
  );
}

function checkExpirationAfterTransitions(transitions: readonly S3Transition[], expiration: S3Expiration, path: string): void {
  // expiration must come after every transition of the rule (S3 InvalidArgument "'Days' in the
  // Expiration action … must be greater than 'Days' in the Transition action")
  if (expiration.Days !== undefined) {
    const latest = Math.max(...transitions.map((t) => t.Days ?? -1));
    if (expiration.Days <= latest) {
      throw new PolicyError(join(path, 'Expiration.Days'), `'Days' in the Expiration action must be greater than 'Days' in the Transition action (${latest})`);
    }
  }
  if (expiration.Date !== undefined) {
    const at = Date.parse(expiration.Date);
    const latest = Math.max(...transitions.map((t) => (t.Date ? Date.parse(t.Date) : -Infinity)));
    if (at <= latest) {
      throw new PolicyError(join(path, 'Expiration.Date'), "'Date' in the Expiration action must be later than 'Date' in the Transition action");
    }
  }
}

/** Prints a configuration as two-space JSON; parse(print(c)) deep-equals c. */
export function printS3LifecycleConfiguration(configuration: S3LifecycleConfiguration): string {
  return JSON.stringify(configuration, null, 2);
}

// ---------------------------------------------------------------------------------------------
// The engine

interface CompiledTransition {
  /** Days after creation (or after becoming noncurrent), or NaN for a Date. */
  days: number;
  date: number;
  storageClass: S3TransitionStorageClass;
  newer: number;
}

interface CompiledRule {
  name: string;
  prefix: string;
  tags: readonly S3Tag[];
  greaterThan: number;
  lessThan: number;
  hasSizeFilter: boolean;
  expirationDays: number;
  expirationDate: number;
  expiredObjectDeleteMarker: boolean;
  transitions: CompiledTransition[];
  noncurrentTransitions: CompiledTransition[];
  noncurrentExpirationDays: number;
  noncurrentExpirationNewer: number;
  abortDays: number;
}

interface CompiledConfiguration {
  rules: CompiledRule[];
  smallObjectsToArchive: boolean;
}

const compiledCache = new WeakMap<object, CompiledConfiguration>();

function compileConfiguration(configuration: S3LifecycleConfiguration | string): CompiledConfiguration {
  if (typeof configuration !== 'string' && isJsonObject(configuration)) {
    const hit = compiledCache.get(configuration);
    if (hit) return hit;
  }
  const parsed =
    typeof configuration === 'string'
      ? parseS3LifecycleConfiguration(configuration)
      : validateS3LifecycleConfiguration(configuration as unknown as JsonObject);
  const compiled: CompiledConfiguration = {
    // Disabled rules take no action (lifecycle-configuration-examples, "Disabling Lifecycle rules")
    rules: parsed.Rules.map((rule, i) => ({ rule, i }))
      .filter(({ rule }) => rule.Status === 'Enabled')
      .map(({ rule, i }) => compileRule(rule, i)),
    // varies_by_storage_class lets small objects go to Glacier Flexible Retrieval and Deep Archive only
    // (lifecycle-transition-general-considerations)
    smallObjectsToArchive: parsed.TransitionDefaultMinimumObjectSize === 'varies_by_storage_class',
  };
  if (typeof configuration !== 'string' && isJsonObject(configuration)) compiledCache.set(configuration, compiled);
  return compiled;
}

function compileRule(rule: S3LifecycleRule, index: number): CompiledRule {
  const f = rule.Filter ?? {};
  const and = f.And ?? {};
  const greaterThan = f.ObjectSizeGreaterThan ?? and.ObjectSizeGreaterThan ?? Number.NEGATIVE_INFINITY;
  const lessThan = f.ObjectSizeLessThan ?? and.ObjectSizeLessThan ?? Number.POSITIVE_INFINITY;
  return {
    name: rule.ID ?? `Rules[${index}]`,
    prefix: f.Prefix ?? and.Prefix ?? rule.Prefix ?? '',
    tags: f.Tag ? [f.Tag] : (and.Tags ?? []),
    greaterThan,
    lessThan,
    hasSizeFilter: Number.isFinite(greaterThan) || Number.isFinite(lessThan),
    expirationDays: rule.Expiration?.Days ?? Number.NaN,
    expirationDate: rule.Expiration?.Date ? Date.parse(rule.Expiration.Date) : Number.NaN,
    expiredObjectDeleteMarker: rule.Expiration?.ExpiredObjectDeleteMarker === true,
    transitions: (rule.Transitions ?? []).map((t) => ({
      days: t.Days ?? Number.NaN,
      date: t.Date ? Date.parse(t.Date) : Number.NaN,
      storageClass: t.StorageClass,
      newer: 0,
    })),
    noncurrentTransitions: (rule.NoncurrentVersionTransitions ?? []).map((t) => ({
      days: t.NoncurrentDays,
      date: Number.NaN,
      storageClass: t.StorageClass,
      newer: t.NewerNoncurrentVersions ?? 0,
    })),
    noncurrentExpirationDays: rule.NoncurrentVersionExpiration?.NoncurrentDays ?? Number.NaN,
    noncurrentExpirationNewer: rule.NoncurrentVersionExpiration?.NewerNoncurrentVersions ?? 0,
    abortDays: rule.AbortIncompleteMultipartUpload?.DaysAfterInitiation ?? Number.NaN,
  };
}

/** The rule's prefix and tags match the object (intro-lifecycle-filters). */
function matchesKeyAndTags(rule: CompiledRule, object: S3Object): boolean {
  if (!object.key.startsWith(rule.prefix)) return false;
  for (const tag of rule.tags) {
    // each tag must match key and value exactly; a tag without Value matches only an empty value (intro-lifecycle-filters)
    const value = Object.prototype.hasOwnProperty.call(object.tags, tag.Key) ? object.tags[tag.Key] : undefined;
    if (value === undefined || value !== (tag.Value ?? '')) return false;
  }
  return true;
}

/** Size filters exclude the bounds themselves (intro-lifecycle-filters). */
function matchesSize(rule: CompiledRule, size: number): boolean {
  return size > rule.greaterThan && size < rule.lessThan;
}

interface Version {
  id: string;
  created: number;
  storageClass: string;
  classSince: number;
  deleteMarker: boolean;
  /** Epoch ms until which retention holds; +Infinity for a legal hold; NaN when not locked. */
  lockedUntil: number;
  lockText: string;
  source: S3ObjectVersion | null;
  changed: boolean;
}

type Kind = 'permanent' | 'transition' | 'marker';

interface Candidate {
  time: number;
  due: number;
  kind: Kind;
  /** Index into state.versions, or -1 for an upload. */
  version: number;
  upload: number;
  rule: CompiledRule;
  storageClass?: S3TransitionStorageClass;
  why: string;
}

interface ObjectState {
  object: S3Object;
  size: number;
  versions: Version[];
  uploads: { id: string; initiated: number; source: S3MultipartUpload }[];
  /** When the current delete marker became the only version (NaN otherwise). */
  soleSince: number;
  uploadsChanged: boolean;
  /** Trace notes already written for this object. */
  notes: Set<string>;
}

interface Context {
  versioning: S3Versioning;
  smallObjectsToArchive: boolean;
  now: number;
  /** The last run already done before this call (−∞ when none). */
  lastRunBefore: number;
  events: { event: S3LifecycleEvent; t: number; object: number; seq: number }[];
  trace: string[];
  objectIndex: number;
}

const MAX_RUNS_PER_OBJECT = 100_000;

/**
 * Applies a lifecycle configuration to a bucket's objects: every action due at or before `now`,
 * in daily lifecycle runs at midnight UTC. Inputs are never modified; unchanged objects and
 * versions are returned as the same references.
 */
export function applyS3Lifecycle(input: S3ApplyInput): S3ApplyResult {
  if (!isJsonObject(input)) throw new PolicyError('', 'input must be an object');
  const { bucket, configuration, objects, now } = input;
  if (!isJsonObject(bucket)) throw new PolicyError('bucket', 'bucket must be an object');
  const versioning = expectOneOf(bucket.versioning, ['Disabled', 'Enabled', 'Suspended'] as const, 'bucket.versioning', 'versioning');
  const compiled = compileConfiguration(configuration);
  const nowMs = parseInstant(now, 'now');
  const sinceMs = input.since === undefined ? Number.NEGATIVE_INFINITY : parseInstant(input.since, 'since');
  if (sinceMs > nowMs) throw new PolicyError('since', '"since" must not be after "now"');
  if (!Array.isArray(objects)) throw new PolicyError('objects', 'objects must be an array');
  const ctx: Context = {
    versioning,
    smallObjectsToArchive: compiled.smallObjectsToArchive,
    now: nowMs,
    lastRunBefore: Number.isFinite(sinceMs) ? Math.floor(sinceMs / DAY_MS) * DAY_MS : Number.NEGATIVE_INFINITY,
    events: [],
    trace: [
      `lifecycle runs at each midnight UTC up to ${now}; bucket versioning ${versioning}${bucket.objectLock ? ', Object Lock on' : ''}; ${compiled.rules.length} enabled rule${compiled.rules.length === 1 ? '' : 's'}`,
    ],
    objectIndex: 0,
  };
  const out: S3Object[] = [];
  for (let i = 0; i < objects.length; i += 1) {
    ctx.objectIndex = i;
    const object = objects[i] as S3Object;
    checkObject(object, join('objects', i));
    const rules = compiled.rules.filter((rule) => matchesKeyAndTags(rule, object));
    if (rules.length === 0) {
      out.push(object);
      continue;
    }
    const result = simulateObject(object, rules, join('objects', i), ctx);
    if (result) out.push(result);
  }
  // events in time order, then by the object's position in the input, then as they happened
  ctx.events.sort((a, b) => a.t - b.t || a.object - b.object || a.seq - b.seq);
  const events = ctx.events.map((e) => e.event);
  return { objects: out, events, trace: ctx.trace };
}

function checkObject(object: unknown, path: string): asserts object is S3Object {
  if (!isJsonObject(object)) throw new PolicyError(path, 'an object must be a JSON object');
  if (typeof object['key'] !== 'string') throw new PolicyError(join(path, 'key'), 'key must be a string');
  const size = object['size'];
  if (typeof size !== 'number' || !(size >= 0)) throw new PolicyError(join(path, 'size'), 'size must be a non-negative number');
  if (!isJsonObject(object['tags'])) throw new PolicyError(join(path, 'tags'), 'tags must be an object of strings');
  if (!Array.isArray(object['versions'])) throw new PolicyError(join(path, 'versions'), 'versions must be an array');
}

function readVersion(raw: unknown, path: string): Version {
  if (!isJsonObject(raw)) throw new PolicyError(path, 'a version must be an object');
  const v = raw as unknown as S3ObjectVersion;
  if (typeof v.versionId !== 'string') throw new PolicyError(join(path, 'versionId'), 'versionId must be a string');
  if (typeof v.storageClass !== 'string') throw new PolicyError(join(path, 'storageClass'), 'storageClass must be a string');
  if (typeof v.isDeleteMarker !== 'boolean') throw new PolicyError(join(path, 'isDeleteMarker'), 'isDeleteMarker must be true or false');
  const created = parseInstant(v.createdAt, join(path, 'createdAt'));
  let classSince = created;
  if (v.storageClassSince !== undefined) classSince = parseInstant(v.storageClassSince, join(path, 'storageClassSince'));
  let lockedUntil = Number.NaN;
  let lockText = '';
  const lock = v.lock;
  if (lock !== undefined && lock !== null) {
    if (!isJsonObject(lock)) throw new PolicyError(join(path, 'lock'), 'lock must be an object');
    if (lock.legalHold === true || lock.legalHold === 'ON') {
      // a legal hold has no end date (object-lock)
      lockedUntil = Number.POSITIVE_INFINITY;
      lockText = 'legal hold';
    } else if (lock.mode === 'GOVERNANCE' || lock.mode === 'COMPLIANCE') {
      if (lock.retainUntil === undefined) {
        lockedUntil = Number.POSITIVE_INFINITY;
        lockText = `${lock.mode} lock with no retain-until date`;
      } else {
        lockedUntil = parseInstant(lock.retainUntil, join(path, 'lock.retainUntil'));
        lockText = `${lock.mode} lock until ${toDay(lockedUntil)}`;
      }
    } else if (lock.mode !== null && lock.mode !== undefined) {
      throw new PolicyError(join(path, 'lock.mode'), 'lock mode must be "GOVERNANCE", "COMPLIANCE" or null');
    }
  }
  return {
    id: v.versionId,
    created,
    storageClass: v.storageClass,
    classSince,
    deleteMarker: v.isDeleteMarker,
    lockedUntil,
    lockText,
    source: v,
    changed: false,
  };
}

/** Retention in force at `t` (retainUntil later than t) or a legal hold (object-lock). */
function lockedAt(version: Version, t: number): boolean {
  return !Number.isNaN(version.lockedUntil) && version.lockedUntil > t;
}

/** The earliest lifecycle run at or after `due` when the version is no longer locked. */
function unlockedRun(version: Version, due: number): number {
  if (Number.isNaN(version.lockedUntil)) return due;
  if (version.lockedUntil === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return Math.max(due, ceilToMidnightUtc(version.lockedUntil));
}

/**
 * The first run after the version at `j` came to have `newer` newer noncurrent versions: that
 * happened when version j+newer became noncurrent, i.e. when version j+newer+1 was created.
 */
function newerSatisfiedRun(versions: readonly Version[], j: number, newer: number): number {
  if (newer <= 0) return Number.NEGATIVE_INFINITY;
  const maker = versions[j + newer + 1];
  return maker ? Math.floor(maker.created / DAY_MS) * DAY_MS + DAY_MS : Number.POSITIVE_INFINITY;
}

/** Days after `base`, rounded up to the next midnight UTC (intro-lifecycle-rules). */
function dueAfter(base: number, days: number): number {
  return ceilToMidnightUtc(base + days * DAY_MS);
}

function simulateObject(object: S3Object, rules: readonly CompiledRule[], path: string, ctx: Context): S3Object | null {
  const state: ObjectState = {
    object,
    size: object.size,
    versions: object.versions.map((v, j) => readVersion(v, join(join(path, 'versions'), j))),
    uploads: (object.uploads ?? []).map((u, j) => {
      const p = join(join(path, 'uploads'), j);
      if (!isJsonObject(u) || typeof u.uploadId !== 'string') throw new PolicyError(p, 'an upload needs an uploadId');
      return { id: u.uploadId, initiated: parseInstant(u.initiatedAt, join(p, 'initiatedAt')), source: u };
    }),
    soleSince: Number.NaN,
    uploadsChanged: false,
    notes: new Set(),
  };
  const last = state.versions[state.versions.length - 1];
  if (last && last.deleteMarker && state.versions.length === 1) state.soleSince = last.created;

  let lastRun = ctx.lastRunBefore;
  let changed = false;
  for (let runs = 0; runs < MAX_RUNS_PER_OBJECT; runs += 1) {
    const candidates = collectCandidates(state, rules, ctx);
    let t = Number.POSITIVE_INFINITY;
    for (const c of candidates) if (c.time < t) t = c.time;
    // lifecycle runs once a day: whatever was put off waits for the next run
    if (t <= lastRun) t = lastRun + DAY_MS;
    if (t > ctx.now || t === Number.POSITIVE_INFINITY) break;
    if (runDay(state, candidates.filter((c) => c.time <= t), t, ctx)) changed = true;
    lastRun = t;
  }
  explainLocks(state, rules, ctx);
  if (!changed) return object;
  if (state.versions.length === 0 && state.uploads.length === 0) return null;
  const versions = state.versions.map((v) => {
    if (v.source && !v.changed) return v.source;
    const base: S3ObjectVersion = v.source
      ? { ...v.source }
      : { versionId: v.id, createdAt: toIso(v.created), storageClass: v.storageClass, isDeleteMarker: v.deleteMarker };
    base.storageClass = v.storageClass;
    if (v.classSince !== v.created) base.storageClassSince = toIso(v.classSince);
    return base;
  });
  const result: S3Object = { ...object, versions };
  if (object.uploads !== undefined || state.uploads.length > 0) result.uploads = state.uploads.map((u) => u.source);
  return result;
}

function collectCandidates(state: ObjectState, rules: readonly CompiledRule[], ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const versions = state.versions;
  const n = versions.length;
  const currentIndex = n - 1;
  const current = versions[currentIndex];
  for (const rule of rules) {
    // AbortIncompleteMultipartUpload: uploads under the rule's prefix, days after initiation (mpu-abort-incomplete-mpu-lifecycle-config)
    if (!Number.isNaN(rule.abortDays)) {
      state.uploads.forEach((u, k) => {
        const due = dueAfter(u.initiated, rule.abortDays);
        out.push({ time: due, due, kind: 'permanent', version: -1, upload: k, rule, why: `initiated ${toDay(u.initiated)}, not completed within ${rule.abortDays} days` });
      });
    }
    if (!current) continue;
    const dataSize = state.size;
    if (!current.deleteMarker) {
      if (matchesSize(rule, dataSize)) addCurrentCandidates(out, state, rule, current, currentIndex, ctx);
    } else if (n === 1 && ctx.versioning !== 'Disabled' && matchesSize(rule, 0)) {
      // an expired object delete marker: the only version left is a delete marker (lifecycle-expire-general-considerations)
      const becameSole = Number.isNaN(state.soleSince) ? current.created : state.soleSince;
      if (rule.expiredObjectDeleteMarker) {
        const due = ceilToMidnightUtc(becameSole);
        out.push({ time: due, due, kind: 'permanent', version: currentIndex, upload: -1, rule, why: 'ExpiredObjectDeleteMarker: the delete marker is the only version left' });
      } else if (!Number.isNaN(rule.expirationDays) || !Number.isNaN(rule.expirationDate)) {
        // with Days, S3 also removes expired object delete markers once old enough (lifecycle-configuration-examples)
        const due = Math.max(
          Number.isNaN(rule.expirationDays) ? Math.max(rule.expirationDate, ceilToMidnightUtc(current.created)) : dueAfter(current.created, rule.expirationDays),
          ceilToMidnightUtc(becameSole),
        );
        out.push({ time: due, due, kind: 'permanent', version: currentIndex, upload: -1, rule, why: 'the delete marker is the only version left and old enough for the Expiration' });
      }
    }
    // noncurrent versions exist only in versioned buckets (lifecycle-expire-general-considerations)
    if (ctx.versioning === 'Disabled') continue;
    for (let j = 0; j < currentIndex; j += 1) {
      const v = versions[j];
      const successor = versions[j + 1];
      if (!v || !successor) continue;
      if (!matchesSize(rule, v.deleteMarker ? 0 : dataSize)) continue;
      // days count from when the successor version was created (intro-lifecycle-rules)
      const since = successor.created;
      const newer = currentIndex - 1 - j;
      if (!Number.isNaN(rule.noncurrentExpirationDays) && newer >= rule.noncurrentExpirationNewer) {
        // NoncurrentVersionExpiration: both NoncurrentDays and NewerNoncurrentVersions exceeded (lifecycle-expire-general-considerations)
        const due = Math.max(
          dueAfter(since, rule.noncurrentExpirationDays),
          newerSatisfiedRun(versions, j, rule.noncurrentExpirationNewer),
        );
        out.push({
          time: unlockedRun(v, due),
          due,
          kind: 'permanent',
          version: j,
          upload: -1,
          rule,
          why: `noncurrent since ${toIso(since)}, NoncurrentDays ${rule.noncurrentExpirationDays}${rule.noncurrentExpirationNewer ? `, ${newer} newer noncurrent versions (keeps ${rule.noncurrentExpirationNewer})` : ''}`,
        });
      }
      if (v.deleteMarker) continue;
      for (const t of rule.noncurrentTransitions) {
        if (newer < t.newer) continue;
        const due = Math.max(dueAfter(since, t.days), newerSatisfiedRun(versions, j, t.newer));
        if (!transitionAllowed(state, v, rule, t.storageClass, due, ctx)) continue;
        out.push({ time: due, due, kind: 'transition', version: j, upload: -1, rule, storageClass: t.storageClass, why: `noncurrent since ${toIso(since)}, NoncurrentDays ${t.days}` });
      }
    }
  }
  return out;
}

function addCurrentCandidates(
  out: Candidate[],
  state: ObjectState,
  rule: CompiledRule,
  current: Version,
  index: number,
  ctx: Context,
): void {
  const created = current.created;
  const hasDays = !Number.isNaN(rule.expirationDays);
  if (hasDays || !Number.isNaN(rule.expirationDate)) {
    // Days after creation rounded up to midnight UTC; a past Date makes objects eligible at once (intro-lifecycle-rules)
    const due = hasDays ? dueAfter(created, rule.expirationDays) : Math.max(rule.expirationDate, ceilToMidnightUtc(created));
    const why = hasDays ? `created ${toIso(created)}, Expiration Days ${rule.expirationDays}` : `Expiration Date ${toDay(rule.expirationDate)}`;
    if (ctx.versioning === 'Disabled') {
      // unversioned bucket: expiration permanently removes the object (lifecycle-expire-general-considerations)
      out.push({ time: unlockedRun(current, due), due, kind: 'permanent', version: index, upload: -1, rule, why });
    } else if (ctx.versioning === 'Suspended' && current.id === 'null') {
      // suspended: the null delete marker replaces the null version, which deletes it (lifecycle-expire-general-considerations)
      out.push({ time: unlockedRun(current, due), due, kind: 'permanent', version: index, upload: -1, rule, why });
    } else {
      let time = due;
      if (ctx.versioning === 'Suspended') {
        const nullVersion = state.versions.find((v) => v.id === 'null');
        if (nullVersion) time = unlockedRun(nullVersion, due);
      }
      // versioning enabled: expiring the current version adds a delete marker (lifecycle-expire-general-considerations)
      out.push({ time, due, kind: 'marker', version: index, upload: -1, rule, why });
    }
  }
  for (const t of rule.transitions) {
    let due = Number.isNaN(t.days) ? Math.max(t.date, ceilToMidnightUtc(created)) : dueAfter(created, t.days);
    // objects stay at least 30 days before Standard-IA / One Zone-IA (lifecycle-transition-general-considerations)
    if (t.storageClass === 'STANDARD_IA' || t.storageClass === 'ONEZONE_IA') due = Math.max(due, dueAfter(created, 30));
    if (!transitionAllowed(state, current, rule, t.storageClass, due, ctx)) continue;
    const why = Number.isNaN(t.days) ? `Transition Date ${toDay(t.date)}` : `created ${toIso(created)}, Transition Days ${t.days}`;
    out.push({ time: due, due, kind: 'transition', version: index, upload: -1, rule, storageClass: t.storageClass, why });
  }
}

/**
 * Whether lifecycle may move `version` to `target` under `rule`; when a transition that is due by
 * `now` is refused because the object is small, the trace says so once.
 */
function transitionAllowed(
  state: ObjectState,
  version: Version,
  rule: CompiledRule,
  target: S3TransitionStorageClass,
  due: number,
  ctx: Context,
): boolean {
  const from = version.storageClass;
  // only the waterfall's downward moves are supported (lifecycle-transition-general-considerations)
  if (!isKnownClass(from) || !S3_SUPPORTED_TRANSITIONS[from].includes(target)) return false;
  // objects under 128 KB are not transitioned unless the rule has a size filter (lifecycle-transition-general-considerations)
  if (state.size < S3_SMALL_OBJECT_BYTES && !rule.hasSizeFilter) {
    const toArchive = target === 'GLACIER' || target === 'DEEP_ARCHIVE';
    if (!(ctx.smallObjectsToArchive && toArchive)) {
      const note = `${version.id}:${rule.name}:${target}`;
      if (due <= ctx.now && !state.notes.has(note)) {
        state.notes.add(note);
        ctx.trace.push(
          `${state.object.key} ${version.id} not transitioned to ${target} by ${rule.name}: ${state.size} bytes is under 128 KB, and without an object size filter in the rule S3 does not transition it (default since September 2024)`,
        );
      }
      return false;
    }
  }
  return true;
}

function pickFirst(list: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of list) if (!best || c.due < best.due) best = c;
  return best;
}

/** Applies one daily lifecycle run at `t`; returns whether anything changed. */
function runDay(state: ObjectState, due: readonly Candidate[], t: number, ctx: Context): boolean {
  const key = state.object.key;
  const byVersion = new Map<number, Candidate[]>();
  const uploads: Candidate[] = [];
  for (const c of due) {
    if (c.version < 0) uploads.push(c);
    else {
      const list = byVersion.get(c.version) ?? [];
      list.push(c);
      byVersion.set(c.version, list);
    }
  }
  let changed = false;
  const removed = new Set<number>();
  let newMarker: Version | null = null;
  const currentIndex = state.versions.length - 1;
  const indexes = [...byVersion.keys()].sort((a, b) => a - b);
  for (const j of indexes) {
    const list = byVersion.get(j) ?? [];
    const version = state.versions[j];
    if (!version || removed.has(j)) continue;
    const permanent = pickFirst(list.filter((c) => c.kind === 'permanent'));
    const transitions = list.filter((c) => c.kind === 'transition');
    const marker = pickFirst(list.filter((c) => c.kind === 'marker'));
    // a locked version is never deleted by lifecycle (object-lock-managing)
    if (permanent && !lockedAt(version, t)) {
      // permanent deletion takes precedence over transition (lifecycle-conflicts)
      const isCurrent = j === currentIndex;
      const action: S3LifecycleAction = isCurrent ? 'expire' : 'delete';
      if (isCurrent && ctx.versioning === 'Suspended' && !version.deleteMarker) {
        // suspended bucket: the null delete marker replaces the null current version (lifecycle-expire-general-considerations)
        emit(ctx, t, key, 'null', 'delete', permanent.rule, undefined);
        ctx.trace.push(`${key} null version deleted on ${toDay(t)} by ${permanent.rule.name}: ${permanent.why}; in a suspended bucket the lifecycle delete marker (id null) replaces the null version`);
        removed.add(j);
        newMarker = makeMarker(state, t, 'null');
        emit(ctx, t, key, 'null', 'delete-marker', permanent.rule, undefined);
      } else {
        emit(ctx, t, key, version.id, action, permanent.rule, undefined);
        const what = version.deleteMarker ? 'expired object delete marker' : isCurrent ? 'current version' : 'noncurrent version';
        ctx.trace.push(`${key} ${version.id} (${what}) permanently removed on ${toDay(t)} by ${permanent.rule.name}: ${permanent.why}${permanent.time > permanent.due ? ` (due ${toDay(permanent.due)}, held until its lock ended)` : ''}`);
        removed.add(j);
      }
      changed = true;
      continue;
    }
    if (transitions.length > 0) {
      // among transitions due the same day the cheaper class wins, Intelligent-Tiering over all but
      // Glacier Flexible Retrieval and Deep Archive (lifecycle-conflicts)
      let best: Candidate | undefined;
      for (const c of transitions) {
        const rank = TRANSITION_PREFERENCE[c.storageClass ?? 'STANDARD_IA'];
        const bestRank = best ? TRANSITION_PREFERENCE[best.storageClass ?? 'STANDARD_IA'] : -1;
        if (!best || rank > bestRank || (rank === bestRank && c.due < best.due)) best = c;
      }
      if (best && best.storageClass) {
        const from = version.storageClass;
        version.storageClass = best.storageClass;
        version.classSince = t;
        version.changed = true;
        emit(ctx, t, key, version.id, 'transition', best.rule, best.storageClass);
        // Object Lock is kept through transitions (object-lock-managing)
        ctx.trace.push(
          `${key} ${version.id} moved from ${from} to ${best.storageClass} on ${toDay(t)} by ${best.rule.name}: ${best.why}${transitions.length > 1 ? ` (chosen over ${transitions.filter((c) => c !== best).map((c) => c.storageClass).join(', ')})` : ''}${version.lockText ? `; its ${version.lockText} stays in force` : ''}`,
        );
        changed = true;
      }
      if (marker) {
        // transition takes precedence over creating a delete marker; the marker waits a day (lifecycle-conflicts)
        ctx.trace.push(`${key} ${version.id}: the delete marker due on ${toDay(t)} from ${marker.rule.name} waits for the next run, because a transition takes precedence on the same day`);
      }
      continue;
    }
    if (marker) {
      let id = ctx.versioning === 'Suspended' ? 'null' : markerId(state, t);
      if (ctx.versioning === 'Suspended') {
        // the null delete marker replaces any null version (lifecycle-expire-general-considerations)
        const nullIndex = state.versions.findIndex((v) => v.id === 'null');
        const nullVersion = state.versions[nullIndex];
        if (nullVersion && nullIndex >= 0 && !removed.has(nullIndex)) {
          if (lockedAt(nullVersion, t)) continue;
          emit(ctx, t, key, 'null', 'delete', marker.rule, undefined);
          removed.add(nullIndex);
        }
        id = 'null';
      }
      newMarker = makeMarker(state, t, id);
      emit(ctx, t, key, id, 'delete-marker', marker.rule, undefined);
      ctx.trace.push(
        `${key} ${version.id} made noncurrent on ${toDay(t)} by ${marker.rule.name}: ${marker.why}; lifecycle added delete marker ${id}${version.lockText ? ` (a delete marker is allowed despite the ${version.lockText}; the version itself stays)` : ''}`,
      );
      changed = true;
    }
  }
  for (const c of uploads) {
    const upload = state.uploads[c.upload];
    if (!upload) continue;
    emit(ctx, t, key, upload.id, 'abort-upload', c.rule, undefined);
    ctx.trace.push(`${key} upload ${upload.id} aborted on ${toDay(t)} by ${c.rule.name}: ${c.why}`);
    changed = true;
  }
  if (uploads.length > 0) {
    const gone = new Set(uploads.map((c) => c.upload));
    state.uploads = state.uploads.filter((_, k) => !gone.has(k));
    state.uploadsChanged = true;
  }
  if (removed.size > 0 || newMarker) {
    state.versions = state.versions.filter((_, k) => !removed.has(k));
    if (newMarker) state.versions.push(newMarker);
    const last = state.versions[state.versions.length - 1];
    if (last && last.deleteMarker && state.versions.length === 1) {
      if (Number.isNaN(state.soleSince) || newMarker === last) state.soleSince = newMarker === last ? last.created : t;
    } else {
      state.soleSince = Number.NaN;
    }
  }
  return changed;
}

function makeMarker(_state: ObjectState, t: number, id: string): Version {
  return {
    id,
    created: t,
    storageClass: 'STANDARD',
    classSince: t,
    deleteMarker: true,
    lockedUntil: Number.NaN,
    lockText: '',
    source: null,
    changed: true,
  };
}

/** A deterministic id for a delete marker lifecycle adds: `dm-YYYY-MM-DD`, suffixed if taken. */
function markerId(state: ObjectState, t: number): string {
  const base = `dm-${toDay(t)}`;
  let id = base;
  for (let k = 2; state.versions.some((v) => v.id === id); k += 1) id = `${base}-${k}`;
  return id;
}

function emit(
  ctx: Context,
  t: number,
  key: string,
  versionId: string,
  action: S3LifecycleAction,
  rule: CompiledRule,
  storageClass: string | undefined,
): void {
  const event: S3LifecycleEvent = { at: toIso(t), key, versionId, action, rule: rule.name };
  if (storageClass !== undefined) event.storageClass = storageClass;
  ctx.events.push({ event, t, object: ctx.objectIndex, seq: ctx.events.length });
}

/** Says, for each version lifecycle would delete but may not, that its lock keeps it. */
function explainLocks(state: ObjectState, rules: readonly CompiledRule[], ctx: Context): void {
  const versions = state.versions;
  for (let j = 0; j < versions.length; j += 1) {
    const v = versions[j];
    if (!v || Number.isNaN(v.lockedUntil) || !lockedAt(v, ctx.now)) continue;
    const isCurrent = j === versions.length - 1;
    let due = Number.POSITIVE_INFINITY;
    let ruleName = '';
    for (const rule of rules) {
      let d = Number.POSITIVE_INFINITY;
      if (!isCurrent) {
        const successor = versions[j + 1];
        const newer = versions.length - 2 - j;
        if (successor && !Number.isNaN(rule.noncurrentExpirationDays) && newer >= rule.noncurrentExpirationNewer) {
          d = dueAfter(successor.created, rule.noncurrentExpirationDays);
        }
      } else if (ctx.versioning === 'Disabled' || (ctx.versioning === 'Suspended' && v.id === 'null')) {
        if (!Number.isNaN(rule.expirationDays)) d = dueAfter(v.created, rule.expirationDays);
        else if (!Number.isNaN(rule.expirationDate)) d = Math.max(rule.expirationDate, ceilToMidnightUtc(v.created));
      }
      if (d < due) {
        due = d;
        ruleName = rule.name;
      }
    }
    if (due <= ctx.now) {
      ctx.trace.push(
        `${state.object.key} ${v.id} kept: ${v.lockText}; ${ruleName} would delete it from ${toDay(due)}, but lifecycle never deletes a locked version`,
      );
    }
  }
}

/** Whether a version is protected from deletion at `at` (retention in the future or a legal hold). */
export function isVersionLocked(version: S3ObjectVersion, at: string): boolean {
  const lock = version.lock;
  if (!lock) return false;
  if (lock.legalHold === true || lock.legalHold === 'ON') return true;
  if (lock.mode !== 'GOVERNANCE' && lock.mode !== 'COMPLIANCE') return false;
  if (lock.retainUntil === undefined) return true;
  const until = instantOrNaN(lock.retainUntil);
  const t = instantOrNaN(at);
  return Number.isNaN(until) || until > t;
}
