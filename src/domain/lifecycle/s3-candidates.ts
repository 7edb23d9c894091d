/** What could happen to an object's versions and uploads, and when: the candidates of a run. */
import { ceilToMidnightUtc, toDay, toIso } from './dates';
import { matchesSize, type CompiledRule } from './s3-compile';
import {
  dueAfter,
  newerSatisfiedRun,
  unlockedRun,
  type Candidate,
  type Context,
  type ObjectState,
  type Version,
} from './s3-state';
import {
  S3_SMALL_OBJECT_BYTES,
  S3_SUPPORTED_TRANSITIONS,
  isKnownClass,
  type S3TransitionStorageClass,
} from './s3-types';

export function collectCandidates(
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
      const becameSole = ceilToMidnightUtc(
        Number.isNaN(state.soleSince) ? current.created : state.soleSince,
      );
      const flagged = rule.expiredObjectDeleteMarker;
      // with Days, S3 also removes expired object delete markers once old enough (lifecycle-configuration-examples)
      const byExpiration =
        !flagged && (!Number.isNaN(rule.expirationDays) || !Number.isNaN(rule.expirationDate));
      if (flagged || byExpiration) {
        const due = flagged
          ? becameSole
          : Math.max(
              Number.isNaN(rule.expirationDays)
                ? Math.max(rule.expirationDate, ceilToMidnightUtc(current.created))
                : dueAfter(current.created, rule.expirationDays),
              becameSole,
            );
        out.push({
          time: due,
          due,
          kind: 'permanent',
          version: currentIndex,
          upload: -1,
          rule,
          why: () =>
            flagged
              ? 'ExpiredObjectDeleteMarker: the delete marker is the only version left'
              : 'the delete marker is the only version left and old enough for the Expiration',
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
    if (
      ctx.versioning === 'Disabled' ||
      (ctx.versioning === 'Suspended' && current.id === 'null')
    ) {
      // unversioned: expiration permanently removes the object; suspended: the null delete marker
      // replaces the null version, which deletes it (lifecycle-expire-general-considerations)
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
