/**
 * ECR lifecycle over days: the policy is evaluated once a day (LifecyclePolicies); each day's
 * expirations leave the repository and its archive transitions move images to the archive class.
 */
import { DAY_MS, toIso } from './dates';
import { previewEcrLifecycle, type EcrImage, type EcrLifecyclePolicy } from './ecr';
import type { EcrTimelineEntry } from './scenario';

type Preview = ReturnType<typeof previewEcrLifecycle>;

export interface EcrDaysResult {
  images: EcrImage[];
  /** What lifecycle did, day by day. */
  acted: EcrTimelineEntry[];
  /** The last day's evaluation (what it kept, and why). */
  last: Preview | null;
}

export function runEcrLifecycleDays(
  policy: EcrLifecyclePolicy,
  start: readonly EcrImage[],
  from: string,
  days: number,
  /** Called for each day that expired or archived something, with the images before it. */
  onRun?: (at: string, result: Preview, before: ReadonlyMap<string, EcrImage>) => void,
): EcrDaysResult {
  let images = [...start];
  const acted: EcrTimelineEntry[] = [];
  let last: Preview | null = null;
  const t0 = Date.parse(from);
  for (let d = 1; d <= days; d += 1) {
    const at = toIso(t0 + d * DAY_MS);
    const result = previewEcrLifecycle(policy, images, at);
    last = result;
    if (result.expired.length === 0 && result.transitioned.length === 0) continue;
    const byDigest = new Map(images.map((i) => [i.digest, i]));
    const expired = new Set(result.expired.map((e) => e.digest));
    const archived = new Set(result.transitioned.map((e) => e.digest));
    for (const e of [
      ...result.expired.map((x) => ({ ...x, action: 'expire' as const })),
      ...result.transitioned.map((x) => ({ ...x, action: 'transition' as const })),
    ]) {
      const image = byDigest.get(e.digest);
      if (image)
        acted.push({
          at,
          digest: e.digest,
          tags: [...image.tags],
          action: e.action,
          rulePriority: e.rulePriority,
          sizeBytes: image.sizeBytes ?? 0,
        });
    }
    images = images
      .filter((i) => !expired.has(i.digest))
      .map((i) =>
        archived.has(i.digest) ? { ...i, storageClass: 'archive' as const, lastArchivedAt: at } : i,
      );
    onRun?.(at, result, byDigest);
  }
  return { images, acted, last };
}
