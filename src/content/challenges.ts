/** Whole challenge files (start state, goal, solution), for the sandbox only; lists use challengeIndex. */
const files = import.meta.glob<{ default: unknown }>('/content/challenges/*/*.json', {
  eager: true,
});

export function findChallenge(simulator: string, id: string): { raw: unknown } | undefined {
  const mod = files[`/content/challenges/${simulator}/${id}.json`];
  return mod ? { raw: mod.default } : undefined;
}
