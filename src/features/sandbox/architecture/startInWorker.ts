import { wrap } from 'comlink';
import type { challengeStart } from './challengeStart.worker';

/** The page's start for this query, worked out in a worker that ends with it. */
export async function startInWorker(params: URLSearchParams) {
  const worker = new Worker(new URL('./challengeStart.worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await wrap<typeof challengeStart>(worker).start(params.toString());
  } finally {
    worker.terminate();
  }
}
