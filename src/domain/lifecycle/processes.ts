/**
 * The artifactLifecycle processes a clock move plays in the lifecycle simulator: for the images
 * or object versions lifecycle acted on, their life so far as dated steps, taken from the
 * events the engines recorded (earlier moves' and this one's), so nothing is computed twice.
 */
import type { ProcessPlan } from '../simulation';
import type { EcrImage } from './ecr-types';
import type { EcrTimelineEntry } from './scenario';
import type { S3LifecycleEvent, S3Object } from './s3-types';
import { s3VersionSteps, type TimelineStep } from './timeline';

/** How many artifacts one clock move shows in the statechart view. */
export const MAX_PROCESSES = 5;

const plan = (label: string, timeline: TimelineStep[], end: string): ProcessPlan => ({
  machine: 'artifactLifecycle',
  input: { label, timeline },
  advanceMs: Math.max(0, Date.parse(end) - Date.parse(timeline[0]!.at)),
});

export function ecrLifecycleProcesses(
  before: readonly EcrImage[],
  history: readonly EcrTimelineEntry[],
  acted: readonly EcrTimelineEntry[],
  end: string,
): ProcessPlan[] {
  const digests = [...new Set(acted.map((e) => e.digest))].slice(0, MAX_PROCESSES);
  return digests.flatMap((digest) => {
    const image = before.find((i) => i.digest === digest);
    if (!image) return [];
    const steps: TimelineStep[] = [
      {
        kind: 'current',
        at: image.pushedAt,
        note: `Pushed${image.tags.length ? ` with tags ${image.tags.join(', ')}` : ' untagged'}.`,
      },
      ...[...history, ...acted]
        .filter((e) => e.digest === digest)
        .map((e): TimelineStep => ({
          kind: e.action === 'expire' ? 'expired' : 'archived',
          at: e.at,
          note:
            e.action === 'expire'
              ? `Rule ${e.rulePriority} expires the image on that day's evaluation (LifecyclePolicies).`
              : `Rule ${e.rulePriority} moves the image to the archive storage class (LifecyclePolicies).`,
        })),
    ];
    return [plan(`Image ${image.tags[0] ?? digest.slice(7, 19)}`, steps, end)];
  });
}

export function s3LifecycleProcesses(
  before: readonly S3Object[],
  history: readonly S3LifecycleEvent[],
  acted: readonly S3LifecycleEvent[],
  end: string,
): ProcessPlan[] {
  const touched = [
    ...new Map(
      acted
        .filter((e) => e.action !== 'abort-upload' && e.action !== 'delete-marker')
        .map((e) => [`${e.key}\u0000${e.versionId}`, e] as const),
    ).values(),
  ].slice(0, MAX_PROCESSES);
  const events = [...history, ...acted];
  return touched.flatMap((e) => {
    const object = before.find((o) => o.key === e.key);
    const steps = object ? s3VersionSteps(object, e.versionId, events) : [];
    return steps.length ? [plan(`${e.key} ${e.versionId}`, steps, end)] : [];
  });
}
