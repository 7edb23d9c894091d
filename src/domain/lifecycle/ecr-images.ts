/**
 * The images a preview reads, checked and laid out once as typed arrays: the hot loop of
 * previewEcrLifecycle reads numbers, not objects.
 */
import { PolicyError } from '../errors';
import { instantOrNaN, parseInstant } from './dates';
import type { EcrImage } from './ecr-types';
import { isJsonObject, join } from './json';

export interface PreparedImages {
  count: number;
  digests: string[];
  tags: (readonly string[])[];
  archived: Uint8Array;
  /** pushed_at_time, or last_activated_at when the image was restored since (LifecyclePolicies). */
  effectivePush: Float64Array;
  pullReference: Float64Array;
  /** NaN when never archived. */
  archivedAt: Float64Array;
  /** Image indexes, newest first. */
  newestFirst: Int32Array;
  /** Per image, the {@link firstCharBit}s of its tags' first characters. */
  firstChars: Uint32Array;
  tagCounts: Int32Array;
}

export function prepareImages(images: readonly EcrImage[]): PreparedImages {
  if (!Array.isArray(images)) throw new PolicyError('images', 'images must be an array');
  const count = images.length;
  const digests: string[] = new Array<string>(count);
  const tags: (readonly string[])[] = new Array<readonly string[]>(count);
  const archived = new Uint8Array(count);
  const effectivePush = new Float64Array(count);
  const pullReference = new Float64Array(count);
  const archivedAt = new Float64Array(count);
  const firstChars = new Uint32Array(count);
  const tagCounts = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const image = images[i];
    // paths are built only when something is wrong
    if (!isJsonObject(image))
      throw new PolicyError(join('images', i), 'an image must be an object');
    if (typeof image.digest !== 'string')
      throw new PolicyError(imagePath(i, 'digest'), 'digest must be a string');
    if (!Array.isArray(image.tags))
      throw new PolicyError(imagePath(i, 'tags'), 'tags must be an array of strings');
    let mask = 0;
    for (const tag of image.tags) {
      if (typeof tag !== 'string')
        throw new PolicyError(imagePath(i, 'tags'), 'tags must be an array of strings');
      mask |= firstCharBit(tag);
    }
    firstChars[i] = mask;
    tagCounts[i] = image.tags.length;
    digests[i] = image.digest;
    tags[i] = image.tags;
    const pushed = instantOrNaN(image.pushedAt);
    if (Number.isNaN(pushed)) parseInstant(image.pushedAt, imagePath(i, 'pushedAt'));
    const activated = optionalInstant(image.lastActivatedAt, i, 'lastActivatedAt');
    const pulled = optionalInstant(image.lastPulledAt, i, 'lastPulledAt');
    archivedAt[i] = optionalInstant(image.lastArchivedAt, i, 'lastArchivedAt');
    if (
      image.storageClass !== undefined &&
      image.storageClass !== 'standard' &&
      image.storageClass !== 'archive'
    ) {
      throw new PolicyError(
        imagePath(i, 'storageClass'),
        'storageClass must be "standard" or "archive"',
      );
    }
    archived[i] = image.storageClass === 'archive' ? 1 : 0;
    // a restored image behaves like a newly pushed one; last_activated_at replaces pushed_at_time
    // (archive_restore_image, LifecyclePolicies evaluation rules)
    effectivePush[i] = !Number.isNaN(activated) && activated > pushed ? activated : pushed;
    // sinceImagePulled: last_recorded_pulltime; pushed_at_time if never pulled; last_activated_at if
    // restored and not pulled since (LifecyclePolicies evaluation rules)
    if (!Number.isNaN(activated) && (Number.isNaN(pulled) || pulled < activated))
      pullReference[i] = activated;
    else pullReference[i] = Number.isNaN(pulled) ? pushed : pulled;
  }
  // imageCountMoreThan sorts youngest to oldest by pushed_at_time (LifecyclePolicies evaluation
  // rules); equal times are ordered by digest so the outcome never depends on input order
  const newestFirst = newestFirstOrder(effectivePush, digests);
  return {
    count,
    digests,
    tags,
    archived,
    effectivePush,
    pullReference,
    archivedAt,
    newestFirst,
    firstChars,
    tagCounts,
  };
}

/** A bit for a tag's first character (32 buckets by character code); 0 for an empty tag. */
export function firstCharBit(tag: string): number {
  return tag.length === 0 ? 0 : 1 << (tag.charCodeAt(0) & 31);
}

/** Image indexes sorted newest first, ties by digest (descending), then by index. */
function newestFirstOrder(times: Float64Array, digests: readonly string[]): Int32Array {
  const n = times.length;
  const order = new Int32Array(n);
  const byDigest = (a: number, b: number): number => {
    const da = digests[a] ?? '';
    const db = digests[b] ?? '';
    return da < db ? 1 : da > db ? -1 : a - b;
  };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const t = times[i] ?? 0;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if (n === 0 || (max - min + 1) * scale >= 2 ** 53) {
    for (let i = 0; i < n; i += 1) order[i] = i;
    return order.sort((a, b) => (times[b] ?? 0) - (times[a] ?? 0) || byDigest(a, b));
  }
  // pack (age, index) into one exact double and let the native numeric sort do the work
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i += 1) keys[i] = (max - (times[i] ?? 0)) * scale + i;
  keys.sort();
  for (let k = 0; k < n; k += 1) order[k] = (keys[k] ?? 0) % scale;
  // runs of equal times are then ordered by digest
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && times[order[end] ?? 0] === times[order[start] ?? 0]) end += 1;
    if (end - start > 1) order.subarray(start, end).sort(byDigest);
    start = end;
  }
  return order;
}

function imagePath(i: number, field: string): string {
  return join(join('images', i), field);
}

/** NaN for null or absent ("never"); a PolicyError for anything that is not an instant. */
function optionalInstant(value: unknown, i: number, field: string): number {
  if (value === undefined || value === null) return Number.NaN;
  const ms = instantOrNaN(value);
  return Number.isNaN(ms) ? parseInstant(value, imagePath(i, field)) : ms;
}
