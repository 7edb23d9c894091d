import type { ChallengeFiles } from '../challenges';

/** The lifecycle simulator's challenge files, bundled with that simulator only. */
export default import.meta.glob<{ default: unknown }>('/content/challenges/lifecycle/*.json', {
  eager: true,
}) satisfies ChallengeFiles;
