import type { ChallengeFiles } from '../challenges';

/** The upstream simulator's challenge files, bundled with that simulator only. */
export default import.meta.glob<{ default: unknown }>('/content/challenges/upstream/*.json', {
  eager: true,
}) satisfies ChallengeFiles;
