import type { AccessAction, AccessScenario } from '../../../domain/access/scenario';
import type { AccessOutcome } from '../../../domain/access/simulation';
import { workerEngine } from '../frame/workerEngine';

/** The access engine (runs, traces, "what would make this allowed?") off the main thread. */
export const accessEngine = workerEngine<AccessScenario, AccessAction, AccessOutcome>(
  () => new Worker(new URL('./accessEngine.worker.ts', import.meta.url), { type: 'module' }),
);
