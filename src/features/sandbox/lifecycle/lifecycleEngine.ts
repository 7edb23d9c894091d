import type { LifecycleAction, LifecycleScenario } from '../../../domain/lifecycle/scenario';
import { workerEngine } from '../frame/workerEngine';

/** The lifecycle engine (a year of daily runs, a generated history) off the main thread. */
export const lifecycleEngine = workerEngine<LifecycleScenario, LifecycleAction>(
  () => new Worker(new URL('./lifecycleEngine.worker.ts', import.meta.url), { type: 'module' }),
);
