/**
 * Amazon S3 Lifecycle with versioning and Object Lock: the engine applies a lifecycle
 * configuration (parsed by s3-parse.ts from the JSON the S3 API and CLI write) to a bucket's
 * objects up to `now`, one daily lifecycle run at a time, and explains every decision.
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
import { DAY_MS, ceilToMidnightUtc, instantOrNaN, parseInstant, toDay, toIso } from './dates';
import { expectOneOf, isJsonObject, join, type JsonObject } from './json';
import { parseS3LifecycleConfiguration, validateS3LifecycleConfiguration } from './s3-parse';
import {
  S3_SMALL_OBJECT_BYTES,
  S3_SUPPORTED_TRANSITIONS,
  isKnownClass,
  type S3ApplyInput,
  type S3ApplyResult,
  type S3LifecycleAction,
  type S3LifecycleConfiguration,
  type S3LifecycleEvent,
  type S3LifecycleRule,
  type S3MultipartUpload,
  type S3Object,
  type S3ObjectVersion,
  type S3Tag,
  type S3TransitionStorageClass,
  type S3Versioning,
} from './s3-types';

export * from './s3-types';
export {
  parseS3LifecycleConfiguration,
  printS3LifecycleConfiguration,
  validateS3LifecycleConfiguration,
} from './s3-parse';

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
/** The last configuration text compiled, so a simulation passing the same text each day compiles once. */
let lastText: { text: string; compiled: CompiledConfiguration } | null = null;

function compileConfiguration(
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
function matchesKeyAndTags(rule: CompiledRule, object: S3Object): boolean {
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
  /** Why it is due, in words; built only when the action is taken. */
  why: () => string;
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

const MAX_RUNS_PER_OBJECT = 100_000;

/**
 * What the engine learnt about an object it returned: under this configuration nothing can happen
 * to it before `nextCandidate`. A later call (a simulation stepping day by day) skips it without
 * reading its versions. Objects are values: a result must not be mutated, and a mutated versions
 * array (another reference or length) is simply not recognised.
 */
interface QuietObject {
  compiled: CompiledConfiguration;
  versioning: S3Versioning;
  versions: readonly S3ObjectVersion[];
  count: number;
  nextCandidate: number;
}

const quiet = new WeakMap<S3Object, QuietObject>();

/**
 * The same, for a whole bucket the engine returned: one entry per object, checked by identity
 * only (no object is read), so a quiet day costs a pass over an array of references. Objects are
 * values: replace an object to change it, never edit it in place.
 */
interface QuietArray {
  compiled: CompiledConfiguration;
  versioning: S3Versioning;
  objects: readonly S3Object[];
  next: Float64Array;
  minNext: number;
}

const quietArrays = new WeakMap<readonly S3Object[], QuietArray>();

function remember(
  objects: S3Object[],
  next: Float64Array,
  compiled: CompiledConfiguration,
  versioning: S3Versioning,
): void {
  let minNext = Number.POSITIVE_INFINITY;
  for (let i = 0; i < next.length; i += 1) {
    const t = next[i] ?? Number.NEGATIVE_INFINITY;
    if (t < minNext) minNext = t;
  }
  // a copy of the list: the caller owns the returned array
  quietArrays.set(objects, { compiled, versioning, objects: objects.slice(), next, minNext });
}

/** The bucket still holds exactly the objects the engine returned. */
function sameObjects(memo: QuietArray, objects: readonly S3Object[]): boolean {
  for (let i = 0; i < objects.length; i += 1) if (objects[i] !== memo.objects[i]) return false;
  return true;
}

/** The run at which something due at `time` happens, when runs up to `lastRun` are done. */
function runFor(time: number, lastRun: number): number {
  return time <= lastRun ? lastRun + DAY_MS : time;
}

/**
 * Applies a lifecycle configuration to a bucket's objects: every action due at or before `now`,
 * in daily lifecycle runs at midnight UTC. Inputs are never modified; unchanged objects and
 * versions are returned as the same references.
 */
export function applyS3Lifecycle(input: S3ApplyInput): S3ApplyResult {
  if (!isJsonObject(input)) throw new PolicyError('', 'input must be an object');
  const { bucket, configuration, objects, now } = input;
  if (!isJsonObject(bucket)) throw new PolicyError('bucket', 'bucket must be an object');
  const versioning = expectOneOf(
    bucket.versioning,
    ['Disabled', 'Enabled', 'Suspended'] as const,
    'bucket.versioning',
    'versioning',
  );
  const compiled = compileConfiguration(configuration);
  const nowMs = parseInstant(now, 'now');
  const sinceMs =
    input.since === undefined ? Number.NEGATIVE_INFINITY : parseInstant(input.since, 'since');
  if (sinceMs > nowMs) throw new PolicyError('since', '"since" must not be after "now"');
  if (!Array.isArray(objects)) throw new PolicyError('objects', 'objects must be an array');
  const ctx: Context = {
    versioning,
    smallObjectsToArchive: compiled.smallObjectsToArchive,
    now: nowMs,
    lastRunBefore: Number.isFinite(sinceMs)
      ? Math.floor(sinceMs / DAY_MS) * DAY_MS
      : Number.NEGATIVE_INFINITY,
    events: [],
    trace: [
      `lifecycle runs at each midnight UTC up to ${now}; bucket versioning ${versioning}${bucket.objectLock ? ', Object Lock on' : ''}; ${compiled.rules.length} enabled rule${compiled.rules.length === 1 ? '' : 's'}`,
    ],
    objectIndex: 0,
  };
  const memo = quietArrays.get(objects);
  const usable =
    memo !== undefined &&
    memo.compiled === compiled &&
    memo.versioning === versioning &&
    memo.objects.length === objects.length;
  // a bucket the engine returned, in which nothing can fall due by `now`, comes back as it is
  if (usable && runFor(memo.minNext, ctx.lastRunBefore) > nowMs && sameObjects(memo, objects)) {
    const same = objects.slice();
    quietArrays.set(same, memo);
    return { objects: same, events: [], trace: ctx.trace };
  }
  const n = objects.length;
  const out: (S3Object | null)[] = objects.slice();
  const next = new Float64Array(n);
  let removed = false;
  for (let i = 0; i < n; i += 1) {
    ctx.objectIndex = i;
    const object = objects[i] as S3Object;
    // what an earlier call learnt: nothing can happen to this object before `known`
    let known = Number.NaN;
    if (usable && memo.objects[i] === object) {
      known = memo.next[i] ?? Number.NaN;
    } else if (isJsonObject(object)) {
      const entry = quiet.get(object);
      if (
        entry &&
        entry.compiled === compiled &&
        entry.versioning === versioning &&
        entry.versions === object.versions &&
        entry.count === object.versions.length
      ) {
        known = entry.nextCandidate;
      }
    }
    if (!Number.isNaN(known) && runFor(known, ctx.lastRunBefore) > nowMs) {
      next[i] = known;
      continue;
    }
    checkObject(object, i);
    const rules = compiled.rules.filter((rule) => matchesKeyAndTags(rule, object));
    if (rules.length === 0) {
      // no rule selects it: nothing will ever happen to it under this configuration
      next[i] = Number.POSITIVE_INFINITY;
      continue;
    }
    const { result, nextCandidate } = simulateObject(object, rules, i, ctx);
    out[i] = result;
    next[i] = nextCandidate;
    if (!result) removed = true;
    else if (result !== object) {
      quiet.set(result, {
        compiled,
        versioning,
        versions: result.versions,
        count: result.versions.length,
        nextCandidate,
      });
    }
  }
  let kept = out as S3Object[];
  let keptNext = next;
  if (removed) {
    kept = [];
    const times: number[] = [];
    out.forEach((object, i) => {
      if (object === null) return;
      kept.push(object);
      times.push(next[i] ?? Number.NaN);
    });
    keptNext = Float64Array.from(times);
  }
  remember(kept, keptNext, compiled, versioning);
  // events in time order, then by the object's position in the input, then as they happened
  ctx.events.sort((a, b) => a.t - b.t || a.object - b.object || a.seq - b.seq);
  const events = ctx.events.map((e) => e.event);
  return { objects: kept, events, trace: ctx.trace };
}

function checkObject(object: unknown, index: number): asserts object is S3Object {
  const path = join('objects', index);
  if (!isJsonObject(object)) throw new PolicyError(path, 'an object must be a JSON object');
  if (typeof object['key'] !== 'string')
    throw new PolicyError(join(path, 'key'), 'key must be a string');
  const size = object['size'];
  if (typeof size !== 'number' || !(size >= 0))
    throw new PolicyError(join(path, 'size'), 'size must be a non-negative number');
  if (!isJsonObject(object['tags']))
    throw new PolicyError(join(path, 'tags'), 'tags must be an object of strings');
  if (!Array.isArray(object['versions']))
    throw new PolicyError(join(path, 'versions'), 'versions must be an array');
}

function versionPath(objectIndex: number, j: number, field?: string): string {
  const path = join(join(join('objects', objectIndex), 'versions'), j);
  return field ? join(path, field) : path;
}

function readVersion(raw: unknown, objectIndex: number, j: number): Version {
  // paths are built only when something is wrong
  const path = (field?: string) => versionPath(objectIndex, j, field);
  if (!isJsonObject(raw)) throw new PolicyError(path(), 'a version must be an object');
  const v = raw as unknown as S3ObjectVersion;
  if (typeof v.versionId !== 'string')
    throw new PolicyError(path('versionId'), 'versionId must be a string');
  if (typeof v.storageClass !== 'string')
    throw new PolicyError(path('storageClass'), 'storageClass must be a string');
  if (typeof v.isDeleteMarker !== 'boolean')
    throw new PolicyError(path('isDeleteMarker'), 'isDeleteMarker must be true or false');
  let created = instantOrNaN(v.createdAt);
  if (Number.isNaN(created)) created = parseInstant(v.createdAt, path('createdAt'));
  let classSince = created;
  if (v.storageClassSince !== undefined)
    classSince = parseInstant(v.storageClassSince, path('storageClassSince'));
  let lockedUntil = Number.NaN;
  let lockText = '';
  const lock = v.lock;
  if (lock !== undefined && lock !== null) {
    if (!isJsonObject(lock)) throw new PolicyError(path('lock'), 'lock must be an object');
    if (lock.legalHold === true || lock.legalHold === 'ON') {
      // a legal hold has no end date (object-lock)
      lockedUntil = Number.POSITIVE_INFINITY;
      lockText = 'legal hold';
    } else if (lock.mode === 'GOVERNANCE' || lock.mode === 'COMPLIANCE') {
      if (lock.retainUntil === undefined) {
        lockedUntil = Number.POSITIVE_INFINITY;
        lockText = `${lock.mode} lock with no retain-until date`;
      } else {
        lockedUntil = parseInstant(lock.retainUntil, path('lock.retainUntil'));
        lockText = `${lock.mode} lock until ${toDay(lockedUntil)}`;
      }
    } else if (lock.mode !== null && lock.mode !== undefined) {
      throw new PolicyError(
        path('lock.mode'),
        'lock mode must be "GOVERNANCE", "COMPLIANCE" or null',
      );
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

function simulateObject(
  object: S3Object,
  rules: readonly CompiledRule[],
  objectIndex: number,
  ctx: Context,
): { result: S3Object | null; nextCandidate: number } {
  const state: ObjectState = {
    object,
    size: object.size,
    versions: object.versions.map((v, j) => readVersion(v, objectIndex, j)),
    uploads: (object.uploads ?? []).map((u, j) => {
      const p = join(join(join('objects', objectIndex), 'uploads'), j);
      if (!isJsonObject(u) || typeof u.uploadId !== 'string')
        throw new PolicyError(p, 'an upload needs an uploadId');
      return {
        id: u.uploadId,
        initiated: parseInstant(u.initiatedAt, join(p, 'initiatedAt')),
        source: u,
      };
    }),
    soleSince: Number.NaN,
    uploadsChanged: false,
    notes: new Set(),
  };
  const last = state.versions[state.versions.length - 1];
  if (last && last.deleteMarker && state.versions.length === 1) state.soleSince = last.created;

  let lastRun = ctx.lastRunBefore;
  let changed = false;
  let nextCandidate = Number.POSITIVE_INFINITY;
  for (let runs = 0; runs < MAX_RUNS_PER_OBJECT; runs += 1) {
    const candidates = collectCandidates(state, rules, ctx);
    nextCandidate = Number.POSITIVE_INFINITY;
    for (const c of candidates) if (c.time < nextCandidate) nextCandidate = c.time;
    // lifecycle runs once a day: whatever was put off waits for the next run
    const t = runFor(nextCandidate, lastRun);
    if (t > ctx.now || t === Number.POSITIVE_INFINITY) break;
    if (
      runDay(
        state,
        candidates.filter((c) => c.time <= t),
        t,
        ctx,
      )
    )
      changed = true;
    lastRun = t;
  }
  explainLocks(state, rules, ctx);
  if (!changed) return { result: object, nextCandidate };
  if (state.versions.length === 0 && state.uploads.length === 0)
    return { result: null, nextCandidate };
  const versions = state.versions.map((v) => {
    if (v.source && !v.changed) return v.source;
    const base: S3ObjectVersion = v.source
      ? { ...v.source }
      : {
          versionId: v.id,
          createdAt: toIso(v.created),
          storageClass: v.storageClass,
          isDeleteMarker: v.deleteMarker,
        };
    base.storageClass = v.storageClass;
    if (v.classSince !== v.created) base.storageClassSince = toIso(v.classSince);
    return base;
  });
  const result: S3Object = { ...object, versions };
  if (object.uploads !== undefined || state.uploads.length > 0)
    result.uploads = state.uploads.map((u) => u.source);
  return { result, nextCandidate };
}

function collectCandidates(
  state: ObjectState,
  rules: readonly CompiledRule[],
  ctx: Context,
): Candidate[] {
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
        out.push({
          time: due,
          due,
          kind: 'permanent',
          version: -1,
          upload: k,
          rule,
          why: () => `initiated ${toDay(u.initiated)}, not completed within ${rule.abortDays} days`,
        });
      });
    }
    if (!current) continue;
    const dataSize = state.size;
    if (!current.deleteMarker) {
      if (matchesSize(rule, dataSize))
        addCurrentCandidates(out, state, rule, current, currentIndex, ctx);
    } else if (n === 1 && ctx.versioning !== 'Disabled' && matchesSize(rule, 0)) {
      // an expired object delete marker: the only version left is a delete marker (lifecycle-expire-general-considerations)
      const becameSole = Number.isNaN(state.soleSince) ? current.created : state.soleSince;
      if (rule.expiredObjectDeleteMarker) {
        const due = ceilToMidnightUtc(becameSole);
        out.push({
          time: due,
          due,
          kind: 'permanent',
          version: currentIndex,
          upload: -1,
          rule,
          why: () => 'ExpiredObjectDeleteMarker: the delete marker is the only version left',
        });
      } else if (!Number.isNaN(rule.expirationDays) || !Number.isNaN(rule.expirationDate)) {
        // with Days, S3 also removes expired object delete markers once old enough (lifecycle-configuration-examples)
        const due = Math.max(
          Number.isNaN(rule.expirationDays)
            ? Math.max(rule.expirationDate, ceilToMidnightUtc(current.created))
            : dueAfter(current.created, rule.expirationDays),
          ceilToMidnightUtc(becameSole),
        );
        out.push({
          time: due,
          due,
          kind: 'permanent',
          version: currentIndex,
          upload: -1,
          rule,
          why: () => 'the delete marker is the only version left and old enough for the Expiration',
        });
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
          why: () =>
            `noncurrent since ${toIso(since)}, NoncurrentDays ${rule.noncurrentExpirationDays}${rule.noncurrentExpirationNewer ? `, ${newer} newer noncurrent versions (keeps ${rule.noncurrentExpirationNewer})` : ''}`,
        });
      }
      if (v.deleteMarker) continue;
      for (const t of rule.noncurrentTransitions) {
        if (newer < t.newer) continue;
        const due = Math.max(dueAfter(since, t.days), newerSatisfiedRun(versions, j, t.newer));
        if (!transitionAllowed(state, v, rule, t.storageClass, due, ctx)) continue;
        out.push({
          time: due,
          due,
          kind: 'transition',
          version: j,
          upload: -1,
          rule,
          storageClass: t.storageClass,
          why: () => `noncurrent since ${toIso(since)}, NoncurrentDays ${t.days}`,
        });
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
    const due = hasDays
      ? dueAfter(created, rule.expirationDays)
      : Math.max(rule.expirationDate, ceilToMidnightUtc(created));
    const why = () =>
      hasDays
        ? `created ${toIso(created)}, Expiration Days ${rule.expirationDays}`
        : `Expiration Date ${toDay(rule.expirationDate)}`;
    if (ctx.versioning === 'Disabled') {
      // unversioned bucket: expiration permanently removes the object (lifecycle-expire-general-considerations)
      out.push({
        time: unlockedRun(current, due),
        due,
        kind: 'permanent',
        version: index,
        upload: -1,
        rule,
        why,
      });
    } else if (ctx.versioning === 'Suspended' && current.id === 'null') {
      // suspended: the null delete marker replaces the null version, which deletes it (lifecycle-expire-general-considerations)
      out.push({
        time: unlockedRun(current, due),
        due,
        kind: 'permanent',
        version: index,
        upload: -1,
        rule,
        why,
      });
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
    let due = Number.isNaN(t.days)
      ? Math.max(t.date, ceilToMidnightUtc(created))
      : dueAfter(created, t.days);
    // objects stay at least 30 days before Standard-IA / One Zone-IA (lifecycle-transition-general-considerations)
    if (t.storageClass === 'STANDARD_IA' || t.storageClass === 'ONEZONE_IA')
      due = Math.max(due, dueAfter(created, 30));
    if (!transitionAllowed(state, current, rule, t.storageClass, due, ctx)) continue;
    const why = () =>
      Number.isNaN(t.days)
        ? `Transition Date ${toDay(t.date)}`
        : `created ${toIso(created)}, Transition Days ${t.days}`;
    out.push({
      time: due,
      due,
      kind: 'transition',
      version: index,
      upload: -1,
      rule,
      storageClass: t.storageClass,
      why,
    });
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
        ctx.trace.push(
          `${key} null version deleted on ${toDay(t)} by ${permanent.rule.name}: ${permanent.why()}; in a suspended bucket the lifecycle delete marker (id null) replaces the null version`,
        );
        removed.add(j);
        newMarker = makeMarker(state, t, 'null');
        emit(ctx, t, key, 'null', 'delete-marker', permanent.rule, undefined);
      } else {
        emit(ctx, t, key, version.id, action, permanent.rule, undefined);
        const what = version.deleteMarker
          ? 'expired object delete marker'
          : isCurrent
            ? 'current version'
            : 'noncurrent version';
        ctx.trace.push(
          `${key} ${version.id} (${what}) permanently removed on ${toDay(t)} by ${permanent.rule.name}: ${permanent.why()}${permanent.time > permanent.due ? ` (due ${toDay(permanent.due)}, held until its lock ended)` : ''}`,
        );
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
          `${key} ${version.id} moved from ${from} to ${best.storageClass} on ${toDay(t)} by ${best.rule.name}: ${best.why()}${
            transitions.length > 1
              ? ` (chosen over ${transitions
                  .filter((c) => c !== best)
                  .map((c) => c.storageClass)
                  .join(', ')})`
              : ''
          }${version.lockText ? `; its ${version.lockText} stays in force` : ''}`,
        );
        changed = true;
      }
      if (marker) {
        // transition takes precedence over creating a delete marker; the marker waits a day (lifecycle-conflicts)
        ctx.trace.push(
          `${key} ${version.id}: the delete marker due on ${toDay(t)} from ${marker.rule.name} waits for the next run, because a transition takes precedence on the same day`,
        );
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
        `${key} ${version.id} made noncurrent on ${toDay(t)} by ${marker.rule.name}: ${marker.why()}; lifecycle added delete marker ${id}${version.lockText ? ` (a delete marker is allowed despite the ${version.lockText}; the version itself stays)` : ''}`,
      );
      changed = true;
    }
  }
  for (const c of uploads) {
    const upload = state.uploads[c.upload];
    if (!upload) continue;
    emit(ctx, t, key, upload.id, 'abort-upload', c.rule, undefined);
    ctx.trace.push(
      `${key} upload ${upload.id} aborted on ${toDay(t)} by ${c.rule.name}: ${c.why()}`,
    );
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
      if (Number.isNaN(state.soleSince) || newMarker === last)
        state.soleSince = newMarker === last ? last.created : t;
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
        if (
          successor &&
          !Number.isNaN(rule.noncurrentExpirationDays) &&
          newer >= rule.noncurrentExpirationNewer
        ) {
          d = dueAfter(successor.created, rule.noncurrentExpirationDays);
        }
      } else if (
        ctx.versioning === 'Disabled' ||
        (ctx.versioning === 'Suspended' && v.id === 'null')
      ) {
        if (!Number.isNaN(rule.expirationDays)) d = dueAfter(v.created, rule.expirationDays);
        else if (!Number.isNaN(rule.expirationDate))
          d = Math.max(rule.expirationDate, ceilToMidnightUtc(v.created));
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
