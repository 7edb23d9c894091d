/**
 * An S3 lifecycle configuration compiled for the engine: enabled rules only, filters and
 * actions as numbers, remembered per configuration so a day-by-day simulation compiles once.
 */
import { isJsonObject, type JsonObject } from './json';
import { parseS3LifecycleConfiguration, validateS3LifecycleConfiguration } from './s3-parse';
import type {
  S3LifecycleConfiguration,
  S3LifecycleRule,
  S3Object,
  S3Tag,
  S3TransitionStorageClass,
} from './s3-types';

export interface CompiledTransition {
  /** Days after creation (or after becoming noncurrent), or NaN for a Date. */
  days: number;
  date: number;
  storageClass: S3TransitionStorageClass;
  newer: number;
}

export interface CompiledRule {
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

export interface CompiledConfiguration {
  rules: CompiledRule[];
  smallObjectsToArchive: boolean;
}

const compiledCache = new WeakMap<object, CompiledConfiguration>();
/** The last configuration text compiled, so a simulation passing the same text each day compiles once. */
let lastText: { text: string; compiled: CompiledConfiguration } | null = null;

export function compileConfiguration(
  configuration: S3LifecycleConfiguration | string,
): CompiledConfiguration {
  if (typeof configuration === 'string') {
    if (lastText?.text === configuration) return lastText.compiled;
  } else if (isJsonObject(configuration)) {
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
  if (typeof configuration === 'string') lastText = { text: configuration, compiled };
  else if (isJsonObject(configuration)) compiledCache.set(configuration, compiled);
  return compiled;
}

function compileRule(rule: S3LifecycleRule, index: number): CompiledRule {
  const f = rule.Filter ?? {};
  const and = f.And ?? {};
  const greaterThan =
    f.ObjectSizeGreaterThan ?? and.ObjectSizeGreaterThan ?? Number.NEGATIVE_INFINITY;
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
export function matchesKeyAndTags(rule: CompiledRule, object: S3Object): boolean {
  if (!object.key.startsWith(rule.prefix)) return false;
  for (const tag of rule.tags) {
    // each tag must match key and value exactly; a tag without Value matches only an empty value (intro-lifecycle-filters)
    const value = Object.prototype.hasOwnProperty.call(object.tags, tag.Key)
      ? object.tags[tag.Key]
      : undefined;
    if (value === undefined || value !== (tag.Value ?? '')) return false;
  }
  return true;
}

/** Size filters exclude the bounds themselves (intro-lifecycle-filters). */
export function matchesSize(rule: CompiledRule, size: number): boolean {
  return size > rule.greaterThan && size < rule.lessThan;
}
