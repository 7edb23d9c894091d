import type { ChallengeFiles } from '../challenges';

/** The access simulator's challenge files, bundled with that simulator only. */
export default import.meta.glob<{ default: unknown }>('/content/challenges/access/*.json', {
  eager: true,
}) satisfies ChallengeFiles;
