/**
 * The engine's working copy of one object during a call: its versions read and checked once
 * (with the JSON path of any problem), the candidates for each daily run, and the lock and
 * due-date arithmetic they share.
 */
import { PolicyError } from '../errors';
import { DAY_MS, ceilToMidnightUtc, instantOrNaN, parseInstant, toDay } from './dates';
import { isJsonObject, join } from './json';
import type { CompiledRule } from './s3-compile';
import type {
  S3LifecycleEvent,
  S3MultipartUpload,
  S3Object,
  S3ObjectVersion,
  S3TransitionStorageClass,
  S3Versioning,
} from './s3-types';

export interface Version {
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

export type Kind = 'permanent' | 'transition' | 'marker';

export interface Candidate {
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

export interface ObjectState {
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

export interface Context {
  versioning: S3Versioning;
  smallObjectsToArchive: boolean;
  now: number;
  /** The last run already done before this call (−∞ when none). */
  lastRunBefore: number;
  events: { event: S3LifecycleEvent; t: number; object: number; seq: number }[];
  trace: string[];
  objectIndex: number;
}

export function checkObject(object: unknown, index: number): asserts object is S3Object {
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

export function readVersion(raw: unknown, objectIndex: number, j: number): Version {
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
export function lockedAt(version: Version, t: number): boolean {
  return !Number.isNaN(version.lockedUntil) && version.lockedUntil > t;
}

/** The earliest lifecycle run at or after `due` when the version is no longer locked. */
export function unlockedRun(version: Version, due: number): number {
  if (Number.isNaN(version.lockedUntil)) return due;
  if (version.lockedUntil === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return Math.max(due, ceilToMidnightUtc(version.lockedUntil));
}

/**
 * The first run after the version at `j` came to have `newer` newer noncurrent versions: that
 * happened when version j+newer became noncurrent, i.e. when version j+newer+1 was created.
 */
export function newerSatisfiedRun(versions: readonly Version[], j: number, newer: number): number {
  if (newer <= 0) return Number.NEGATIVE_INFINITY;
  const maker = versions[j + newer + 1];
  return maker ? Math.floor(maker.created / DAY_MS) * DAY_MS + DAY_MS : Number.POSITIVE_INFINITY;
}

/** Days after `base`, rounded up to the next midnight UTC (intro-lifecycle-rules). */
export function dueAfter(base: number, days: number): number {
  return ceilToMidnightUtc(base + days * DAY_MS);
}
