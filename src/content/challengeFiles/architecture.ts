import type { ChallengeFiles } from '../challenges';

/** The architecture simulator's challenge files, bundled with that simulator only. */
export default import.meta.glob<{ default: unknown }>('/content/challenges/architecture/*.json', {
  eager: true,
}) satisfies ChallengeFiles;
