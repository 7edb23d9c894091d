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
import { DAY_MS, instantOrNaN, parseInstant, toIso } from './dates';
import { expectOneOf, isJsonObject, join } from './json';
import { collectCandidates } from './s3-candidates';
import {
  compileConfiguration,
  matchesKeyAndTags,
  type CompiledConfiguration,
  type CompiledRule,
} from './s3-compile';
import { explainLocks, runDay } from './s3-run';
import { checkObject, readVersion, type Context, type ObjectState } from './s3-state';
import type {
  S3ApplyInput,
  S3ApplyResult,
  S3Object,
  S3ObjectVersion,
  S3Versioning,
} from './s3-types';

export * from './s3-types';
export {
  parseS3LifecycleConfiguration,
  printS3LifecycleConfiguration,
  validateS3LifecycleConfiguration,
} from './s3-parse';

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
