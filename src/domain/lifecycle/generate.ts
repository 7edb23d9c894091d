/**
 * Generators for the lifecycle simulator: image digests, a repository's worth of pushes, and a
 * bucket's worth of build artifacts. Deterministic: the same state and options give the same
 * output, so a generated scenario replays identically from its actions.
 */
import { DAY_MS, toIso } from './dates';
import type { EcrImage } from './ecr-types';
import type { S3Object, S3ObjectLock, S3ObjectVersion, S3Versioning } from './s3-types';

/** FNV-1a, 32 bits. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 64 hex characters from a seed (mulberry32); looks like a sha256, is not one. */
function hex64(seed: string): string {
  let state = hash32(seed);
  let out = '';
  for (let k = 0; k < 8; k += 1) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out += ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** A digest (`sha256:` + 64 hex) derived from `seed`, different from every digest in `taken`. */
export function makeDigest(seed: string, taken: ReadonlySet<string>): string {
  for (let salt = 0; ; salt += 1) {
    const digest = `sha256:${hex64(`${seed}#${salt}`)}`;
    if (!taken.has(digest)) return digest;
  }
}

export const addDays = (iso: string, days: number): string =>
  toIso(Date.parse(iso) + days * DAY_MS);

/**
 * Gives `image` its tags: a tag names one image in a repository, so pushing a tag that another
 * image holds moves it, and that image may be left untagged (image-tag-mutability).
 */
export function withTagsMoved(
  images: readonly EcrImage[],
  tags: readonly string[],
): { images: EcrImage[]; moved: { tag: string; from: string }[] } {
  if (tags.length === 0) return { images: [...images], moved: [] };
  const wanted = new Set(tags);
  const moved: { tag: string; from: string }[] = [];
  const out = images.map((image) => {
    if (!image.tags.some((t) => wanted.has(t))) return image;
    for (const t of image.tags) if (wanted.has(t)) moved.push({ tag: t, from: image.digest });
    return { ...image, tags: image.tags.filter((t) => !wanted.has(t)) };
  });
  return { images: out, moved };
}

/** The next free number for tags `<prefix><n>`. */
export function nextTagNumber(prefix: string, images: readonly EcrImage[]): number {
  let max = 0;
  for (const image of images) {
    for (const tag of image.tags) {
      if (!tag.startsWith(prefix)) continue;
      const n = Number(tag.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return max + 1;
}

export interface EcrGenerateOptions {
  /** Push for this many days back from `now`. */
  days: number;
  everyDays: number;
  /** One image per entry at each push: a tag prefix numbered from 1, or "" for untagged. */
  tags: readonly string[];
  sizeBytes: number;
}

/** Images pushed every `everyDays` from `days` ago up to yesterday, one per tag stream. */
export function generateEcrImages(
  options: EcrGenerateOptions,
  existing: readonly EcrImage[],
  now: string,
): EcrImage[] {
  const taken = new Set(existing.map((i) => i.digest));
  const numbers = new Map(options.tags.map((p) => [p, p === '' ? 0 : nextTagNumber(p, existing)]));
  const out: EcrImage[] = [];
  for (let ago = options.days; ago >= 1; ago -= options.everyDays) {
    const pushedAt = addDays(now, -ago);
    options.tags.forEach((prefix, stream) => {
      const n = numbers.get(prefix) ?? 1;
      numbers.set(prefix, n + 1);
      const digest = makeDigest(
        `${pushedAt}|${prefix}|${n}|${stream}|${existing.length + out.length}`,
        taken,
      );
      taken.add(digest);
      out.push({
        digest,
        tags: prefix === '' ? [] : [`${prefix}${n}`],
        // streams pushed the same day a minute apart, so their order is plain
        pushedAt: addDays(pushedAt, stream / 1440),
        sizeBytes: options.sizeBytes,
        storageClass: 'standard',
        lastPulledAt: null,
      });
    });
  }
  return out;
}

export interface S3GenerateOptions {
  prefix: string;
  name: string;
  count: number;
  everyDays: number;
  size: number;
  overwrite: boolean;
  lock: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retainDays: number } | null;
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * Build artifacts written every `everyDays` up to yesterday: `count` new keys
 * (`<prefix><date>-<name>`), or one key (`<prefix><name>`) overwritten `count` times. In an
 * unversioned or suspended bucket an overwrite replaces the null version, so only the last stays.
 */
export function generateS3Objects(
  options: S3GenerateOptions,
  versioning: S3Versioning,
  now: string,
): S3Object[] {
  const times: string[] = [];
  for (let k = options.count; k >= 1; k -= 1) times.push(addDays(now, -k * options.everyDays));
  const version = (createdAt: string, versionId: string): S3ObjectVersion => {
    const v: S3ObjectVersion = {
      versionId,
      createdAt,
      storageClass: 'STANDARD',
      isDeleteMarker: false,
    };
    if (options.lock) {
      const lock: S3ObjectLock = {
        mode: options.lock.mode,
        retainUntil: addDays(createdAt, options.lock.retainDays),
      };
      v.lock = lock;
    }
    return v;
  };
  const versioned = versioning === 'Enabled';
  if (options.overwrite) {
    const key = `${options.prefix}${options.name}`;
    const versions = versioned
      ? times.map((t, i) => version(t, `v${i + 1}`))
      : [version(times[times.length - 1]!, 'null')];
    return [{ key, size: options.size, tags: {}, versions }];
  }
  const keys = new Set<string>();
  return times.map((t) => {
    let key = `${options.prefix}${day(t)}-${options.name}`;
    for (let k = 2; keys.has(key); k += 1) key = `${options.prefix}${day(t)}-${k}-${options.name}`;
    keys.add(key);
    return { key, size: options.size, tags: {}, versions: [version(t, versioned ? 'v1' : 'null')] };
  });
}
