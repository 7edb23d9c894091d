/**
 * The actions of an S3 lifecycle rule — transitions, expirations and their noncurrent forms — and
 * the checks across them within one rule (lifecycle-transition-general-considerations).
 */
import { PolicyError } from '../errors';
import { DAY_MS, isMidnightUtc, parseInstant } from './dates';
import {
  expectInteger,
  expectObject,
  expectString,
  has,
  join,
  rejectUnknownKeys,
  requiredInteger,
  requiredOneOf,
} from './json';
import {
  S3_MAX_NEWER_NONCURRENT,
  S3_MINIMUM_STORAGE_DAYS,
  S3_SUPPORTED_TRANSITIONS,
  S3_TRANSITION_CLASSES,
  type S3Expiration,
  type S3NoncurrentVersionExpiration,
  type S3NoncurrentVersionTransition,
  type S3Transition,
  type S3TransitionStorageClass,
} from './s3-types';

function validateMidnightDate(raw: unknown, path: string): string {
  const text = expectString(raw, path, 'Date');
  const ms = parseInstant(text, path);
  // "The date value must conform to the ISO 8601 format. The time is always midnight UTC." (API_LifecycleExpiration)
  if (!isMidnightUtc(ms))
    throw new PolicyError(path, `a lifecycle Date is midnight UTC, got ${text}`);
  return text;
}

export function validateTransition(raw: unknown, path: string): S3Transition {
  const t = expectObject(raw, path, 'a transition');
  rejectUnknownKeys(t, ['Days', 'Date', 'StorageClass'], path);
  const storageClass = requiredOneOf(t, 'StorageClass', S3_TRANSITION_CLASSES, path);
  if (has(t, 'Days') === has(t, 'Date'))
    throw new PolicyError(path, 'a transition has exactly one of Days or Date');
  if (has(t, 'Date'))
    return {
      Date: validateMidnightDate(t['Date'], join(path, 'Date')),
      StorageClass: storageClass,
    };
  // Transition Days can be 0 or any positive integer (API_Transition)
  const days = expectInteger(t['Days'], join(path, 'Days'), 'Days', 0);
  // at least 30 days before S3 Standard-IA or One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(
      join(path, 'Days'),
      `'Days' in the Transition action for StorageClass ${storageClass} must be 30 or more, got ${days}`,
    );
  }
  return { Days: days, StorageClass: storageClass };
}

export function validateNoncurrentTransition(
  raw: unknown,
  path: string,
): S3NoncurrentVersionTransition {
  const t = expectObject(raw, path, 'a noncurrent version transition');
  rejectUnknownKeys(t, ['NoncurrentDays', 'StorageClass', 'NewerNoncurrentVersions'], path);
  const storageClass = requiredOneOf(t, 'StorageClass', S3_TRANSITION_CLASSES, path);
  const days = requiredInteger(t, 'NoncurrentDays', path, 0);
  // only versions at least 30 days noncurrent move to Standard-IA / One Zone-IA (lifecycle-transition-general-considerations)
  if ((storageClass === 'STANDARD_IA' || storageClass === 'ONEZONE_IA') && days < 30) {
    throw new PolicyError(
      join(path, 'NoncurrentDays'),
      `'NoncurrentDays' for StorageClass ${storageClass} must be 30 or more, got ${days}`,
    );
  }
  const out: S3NoncurrentVersionTransition = { NoncurrentDays: days, StorageClass: storageClass };
  if (has(t, 'NewerNoncurrentVersions')) {
    out.NewerNoncurrentVersions = expectInteger(
      t['NewerNoncurrentVersions'],
      join(path, 'NewerNoncurrentVersions'),
      'NewerNoncurrentVersions',
      1,
      S3_MAX_NEWER_NONCURRENT,
    );
  }
  return out;
}

export function validateExpiration(raw: unknown, path: string): S3Expiration {
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
    throw new PolicyError(
      join(path, 'ExpiredObjectDeleteMarker'),
      'ExpiredObjectDeleteMarker must be true or false',
    );
  }
  return { ExpiredObjectDeleteMarker: marker };
}

export function validateNoncurrentExpiration(
  raw: unknown,
  path: string,
): S3NoncurrentVersionExpiration {
  const e = expectObject(raw, path, 'NoncurrentVersionExpiration');
  rejectUnknownKeys(e, ['NoncurrentDays', 'NewerNoncurrentVersions'], path);
  // NoncurrentDays: a non-zero positive integer (API_NoncurrentVersionExpiration)
  const days = requiredInteger(e, 'NoncurrentDays', path, 1);
  if (!has(e, 'NewerNoncurrentVersions')) return { NoncurrentDays: days };
  // up to 100 noncurrent versions to retain (API_NoncurrentVersionExpiration)
  const newer = expectInteger(
    e['NewerNoncurrentVersions'],
    join(path, 'NewerNoncurrentVersions'),
    'NewerNoncurrentVersions',
    1,
    S3_MAX_NEWER_NONCURRENT,
  );
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
      throw new PolicyError(
        join(join(path, step.index), 'StorageClass'),
        `StorageClass ${step.storageClass} appears twice in this rule`,
      );
    }
    seen.set(step.storageClass, step.index);
  }
  const sorted = [...steps].sort((a, b) => a.at - b.at || a.index - b.index);
  for (let k = 1; k < sorted.length; k += 1) {
    const a = sorted[k - 1];
    const b = sorted[k];
    if (!a || !b) continue;
    const p = join(join(path, b.index), field);
    if (b.at === a.at)
      throw new PolicyError(
        p,
        `two transitions at the same ${field} (${a.storageClass} and ${b.storageClass})`,
      );
    // transitions follow the waterfall (lifecycle-transition-general-considerations)
    if (!S3_SUPPORTED_TRANSITIONS[a.storageClass].includes(b.storageClass)) {
      throw new PolicyError(
        join(join(path, b.index), 'StorageClass'),
        `lifecycle cannot transition from ${a.storageClass} to ${b.storageClass}`,
      );
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

export function checkTransitionChain(transitions: readonly S3Transition[], path: string): void {
  const steps = transitions.map((t, index) => ({
    at: t.Days ?? Math.round(Date.parse(t.Date ?? '') / DAY_MS),
    storageClass: t.StorageClass,
    index,
  }));
  checkSteps(steps, path, transitions[0]?.Days !== undefined ? 'Days' : 'Date');
}

export function checkNoncurrentChain(
  transitions: readonly S3NoncurrentVersionTransition[],
  path: string,
): void {
  checkSteps(
    transitions.map((t, index) => ({ at: t.NoncurrentDays, storageClass: t.StorageClass, index })),
    path,
    'NoncurrentDays',
  );
}

export function checkExpirationAfterTransitions(
  transitions: readonly S3Transition[],
  expiration: S3Expiration,
  path: string,
): void {
  // expiration must come after every transition of the rule (S3 InvalidArgument "'Days' in the
  // Expiration action … must be greater than 'Days' in the Transition action")
  if (expiration.Days !== undefined) {
    const latest = Math.max(...transitions.map((t) => t.Days ?? -1));
    if (expiration.Days <= latest) {
      throw new PolicyError(
        join(path, 'Expiration.Days'),
        `'Days' in the Expiration action must be greater than 'Days' in the Transition action (${latest})`,
      );
    }
  }
  if (expiration.Date !== undefined) {
    const at = Date.parse(expiration.Date);
    const latest = Math.max(...transitions.map((t) => (t.Date ? Date.parse(t.Date) : -Infinity)));
    if (at <= latest) {
      throw new PolicyError(
        join(path, 'Expiration.Date'),
        "'Date' in the Expiration action must be later than 'Date' in the Transition action",
      );
    }
  }
}
