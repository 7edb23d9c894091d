/**
 * One artifact's life under its lifecycle rules, as dated steps: an S3 object version (current →
 * noncurrent → transitioned → held by Object Lock → expired) or an ECR image (pushed → archived
 * → expired). Every date comes from the lifecycle engines themselves (applyS3Lifecycle,
 * previewEcrLifecycle), run into the future; the artifactLifecycle actor waits for each date on
 * the simulated clock.
 */
import { PolicyError } from '../errors';
import { toIso } from './dates';
import { previewEcrLifecycle } from './ecr';
import type { EcrImage, EcrLifecyclePolicy } from './ecr-types';
import { applyS3Lifecycle } from './s3';
import type { S3Bucket, S3LifecycleConfiguration, S3LifecycleEvent, S3Object } from './s3-types';

export type TimelineKind =
  'current' | 'noncurrent' | 'transitioned' | 'archived' | 'held' | 'expired';

export interface TimelineStep {
  kind: TimelineKind;
  /** ISO-8601 UTC. */
  at: string;
  note: string;
}

const DAY_MS = 86_400_000;

export interface S3VersionTimelineInput {
  bucket: S3Bucket;
  configuration: S3LifecycleConfiguration | string;
  objects: readonly S3Object[];
  key: string;
  versionId: string;
  /** How far past the version's creation to look. */
  horizonDays: number;
}

function lifecycleEvents(input: S3VersionTimelineInput, objects: readonly S3Object[], end: number) {
  return applyS3Lifecycle({
    bucket: input.bucket,
    configuration: input.configuration,
    objects,
    now: toIso(end),
  }).events.filter((e) => e.key === input.key);
}

/** The object with this version's Object Lock lifted: when lifecycle would have acted. */
function unlocked(object: S3Object, versionId: string): S3Object[] {
  return [
    {
      ...object,
      versions: object.versions.map((v) => {
        if (v.versionId !== versionId) return v;
        const { lock: _lock, ...rest } = v;
        return rest;
      }),
    },
  ];
}

/** An S3 object version's life from lifecycle events (those of its key, in time order). */
export function s3VersionSteps(
  object: S3Object,
  versionId: string,
  events: readonly S3LifecycleEvent[],
): TimelineStep[] {
  const index = object.versions.findIndex((v) => v.versionId === versionId);
  const version = object.versions[index];
  if (!version) return [];
  const steps: TimelineStep[] = [
    {
      kind: 'current',
      at: version.createdAt,
      note: `${object.key} version ${versionId} is written.`,
    },
  ];
  const newer = object.versions[index + 1];
  let current = newer === undefined;
  if (newer)
    steps.push({
      kind: 'noncurrent',
      at: newer.createdAt,
      note: `A newer ${newer.isDeleteMarker ? 'delete marker' : 'version'} makes it noncurrent; noncurrent days count from here (lifecycle-configuration-examples).`,
    });
  for (const e of events) {
    if (e.key !== object.key) continue;
    if (e.action === 'delete-marker' && current && e.versionId !== versionId) {
      current = false;
      steps.push({
        kind: 'noncurrent',
        at: e.at,
        note: `Rule ${e.rule} expires the current version: delete marker ${e.versionId} hides it (lifecycle-expire-general-considerations).`,
      });
    } else if (e.versionId !== versionId) continue;
    else if (e.action === 'transition')
      steps.push({
        kind: 'transitioned',
        at: e.at,
        note: `Rule ${e.rule} moves it to ${e.storageClass ?? 'another class'} (lifecycle-transition-general-considerations).`,
      });
    else if (e.action === 'expire' || e.action === 'delete')
      steps.push({
        kind: 'expired',
        at: e.at,
        note: `Rule ${e.rule} permanently deletes it (lifecycle-expire-general-considerations).`,
      });
  }
  return steps.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function s3VersionTimeline(input: S3VersionTimelineInput): TimelineStep[] {
  const object = input.objects.find((o) => o.key === input.key);
  const version = object?.versions.find((v) => v.versionId === input.versionId);
  if (!object || !version)
    throw new PolicyError('versionId', `${input.key} has no version ${input.versionId}`);
  const end = Date.parse(version.createdAt) + input.horizonDays * DAY_MS;
  const mine = (events: S3LifecycleEvent[]) =>
    events.find(
      (e) => e.versionId === input.versionId && (e.action === 'delete' || e.action === 'expire'),
    );
  const events = lifecycleEvents(input, [object], end);
  const steps = s3VersionSteps(object, input.versionId, events);
  const deleted = mine(events);
  const wouldDelete = version.lock
    ? mine(lifecycleEvents(input, unlocked(object, input.versionId), end))
    : undefined;
  // Object Lock: the delete was due earlier but waited for the retention to end (object-lock)
  if (wouldDelete && (!deleted || Date.parse(deleted.at) > Date.parse(wouldDelete.at)))
    steps.push({
      kind: 'held',
      at: wouldDelete.at,
      note: `Rule ${wouldDelete.rule} would delete it now, but Object Lock (${version.lock?.mode ?? 'legal hold'}${version.lock?.retainUntil ? ` until ${version.lock.retainUntil}` : ''}) protects the version; lifecycle never removes a locked version (object-lock-managing).`,
    });
  return steps.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
}

export interface EcrImageTimelineInput {
  policy: EcrLifecyclePolicy;
  images: readonly EcrImage[];
  digest: string;
  horizonDays: number;
}

/**
 * ECR evaluates lifecycle rules about once a day (LifecyclePolicies): the first daily
 * evaluation whose preview selects the image is when it is archived or expires.
 */
export function ecrImageTimeline(input: EcrImageTimelineInput): TimelineStep[] {
  const image = input.images.find((i) => i.digest === input.digest);
  if (!image) throw new PolicyError('digest', `no image ${input.digest}`);
  const pushed = Date.parse(image.pushedAt);
  const steps: TimelineStep[] = [
    {
      kind: 'current',
      at: image.pushedAt,
      note: `Pushed${image.tags.length ? ` with tags ${image.tags.join(', ')}` : ' untagged'}.`,
    },
  ];
  let images = [...input.images];
  for (let day = 1; day <= input.horizonDays; day += 1) {
    const at = toIso(pushed + day * DAY_MS);
    const preview = previewEcrLifecycle(input.policy, images, at);
    const expired = preview.expired.find((e) => e.digest === input.digest);
    if (expired) {
      steps.push({
        kind: 'expired',
        at,
        note: `Rule ${expired.rulePriority} expires the image on the daily evaluation (LifecyclePolicies).`,
      });
      break;
    }
    const moved = preview.transitioned.find((e) => e.digest === input.digest);
    if (moved) {
      // from now on the image sits in the archive class, where archive rules count from (LifecyclePolicies)
      images = images.map((i) =>
        i.digest === input.digest ? { ...i, storageClass: 'archive', lastArchivedAt: at } : i,
      );
      steps.push({
        kind: 'archived',
        at,
        note: `Rule ${moved.rulePriority} moves the image to the archive storage class (LifecyclePolicies).`,
      });
    }
  }
  return steps;
}
