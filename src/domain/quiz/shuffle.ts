/** mulberry32: a tiny deterministic PRNG, so a stored seed reproduces an attempt's order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the seeded generator; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Per-question option order derived from the attempt seed and the question id. */
export function optionOrder(
  seed: number,
  questionId: string,
  optionIds: readonly string[],
): string[] {
  let h = seed >>> 0;
  for (let i = 0; i < questionId.length; i += 1)
    h = Math.imul(h ^ questionId.charCodeAt(i), 16777619) >>> 0;
  return shuffle(optionIds, seededRandom(h));
}
