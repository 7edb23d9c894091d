/** Reading and rewriting the simulated bucket's objects and versions. */
import { earlyDeletionCost } from './pricing';
import type { S3Object, S3ObjectVersion } from './s3';
import type { LifecycleScenario, S3Request, S3State } from './scenario';
import { withS3, type SimulationStep } from './simulation-step';

export const request = (s3: S3State, r: S3Request): S3State => ({ ...s3, lastRequest: r });

/**
 * How one request on an object is answered: its status and message become the bucket's last
 * request, the summary reads "<label> → <status>", and `next` is the bucket afterwards.
 */
export function answerer(
  s: LifecycleScenario,
  label: string,
  base: Pick<S3Request, 'operation' | 'key' | 'versionId'>,
) {
  return (
    status: S3Request['status'],
    message: string,
    trace: string[],
    next: S3State = s.s3,
  ): SimulationStep => ({
    scenario: withS3(s, request(next, { ...base, status, message })),
    summary: `${label} → ${status}`,
    trace,
  });
}

export function findObject(s3: S3State, key: string) {
  const index = s3.objects.findIndex((o) => o.key === key);
  return { index, object: index >= 0 ? s3.objects[index] : undefined };
}

export function replaceObject(
  objects: readonly S3Object[],
  index: number,
  next: S3Object | null,
): S3Object[] {
  const out = [...objects];
  if (next) out[index] = next;
  else out.splice(index, 1);
  return out;
}

/** The next `v<n>` id for a new version of `object`. */
export function nextVersionId(object: S3Object | undefined): string {
  let max = 0;
  for (const v of object?.versions ?? []) {
    const m = /^v(\d+)$/.exec(v.versionId);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `v${max + 1}`;
}

export function lockText(v: S3ObjectVersion): string {
  const lock = v.lock;
  if (!lock) return 'no lock';
  const parts: string[] = [];
  if (lock.mode) parts.push(`${lock.mode}${lock.retainUntil ? ` until ${lock.retainUntil}` : ''}`);
  if (lock.legalHold === true || lock.legalHold === 'ON') parts.push('legal hold');
  return parts.join(' + ') || 'no lock';
}

export function retentionInForce(v: S3ObjectVersion, now: string): boolean {
  const lock = v.lock;
  return Boolean(
    lock &&
    lock.mode &&
    (lock.retainUntil === undefined || Date.parse(lock.retainUntil) > Date.parse(now)),
  );
}

export const hasLegalHold = (v: S3ObjectVersion) =>
  v.lock?.legalHold === true || v.lock?.legalHold === 'ON';

export function earlyCharge(object: S3Object, v: S3ObjectVersion, at: string): number {
  if (v.isDeleteMarker) return 0;
  return earlyDeletionCost({
    service: 's3',
    sizeBytes: object.size,
    storageClass: v.storageClass,
    storedSince: v.storageClassSince ?? v.createdAt,
    removedAt: at,
  });
}
