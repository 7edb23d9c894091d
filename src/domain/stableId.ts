/** Deterministic identifiers from a seed (FNV-1a rounds): ids and digests without randomness. */
function rounds(seed: string, length: number, radix: number): string {
  let out = '';
  let round = 0;
  while (out.length < length) {
    let hash = 0x811c9dc5;
    for (const ch of `${round}:${seed}`) {
      hash ^= ch.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out += radix === 16 ? hash.toString(16).padStart(8, '0') : hash.toString(radix);
    round += 1;
  }
  return out.slice(0, length);
}

/** A lower-case alphanumeric id of `length` characters. */
export const stableId = (seed: string, length: number): string => rounds(seed, length, 36);

/** An image digest as registries write it: sha256: and 64 hex digits. */
export const stableDigest = (seed: string): string => `sha256:${rounds(seed, 64, 16)}`;
