/** One daily lifecycle run over an object: which due candidate wins, and what it does. */
import { ceilToMidnightUtc, toDay, toIso } from './dates';
import type { CompiledRule } from './s3-compile';
import {
  dueAfter,
  lockedAt,
  type Candidate,
  type Context,
  type ObjectState,
  type Version,
} from './s3-state';
import type { S3LifecycleAction, S3LifecycleEvent, S3TransitionStorageClass } from './s3-types';

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

function pickFirst(list: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of list) if (!best || c.due < best.due) best = c;
  return best;
}

/** Applies one daily lifecycle run at `t`; returns whether anything changed. */
export function runDay(
  state: ObjectState,
  due: readonly Candidate[],
  t: number,
  ctx: Context,
): boolean {
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
export function explainLocks(
  state: ObjectState,
  rules: readonly CompiledRule[],
  ctx: Context,
): void {
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
