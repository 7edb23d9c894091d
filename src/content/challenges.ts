/**
 * Whole challenge files (start state, goal, solution), for the sandbox only; lists use
 * challengeIndex. Each simulator imports its own files (src/content/challengeFiles), so a
 * simulator's page carries its challenges and no other simulator's.
 */
export type ChallengeFiles = Record<string, { default: unknown }>;

export function findChallenge(
  files: ChallengeFiles,
  simulator: string,
  id: string,
): { raw: unknown } | undefined {
  const mod = files[`/content/challenges/${simulator}/${id}.json`];
  return mod ? { raw: mod.default } : undefined;
}
