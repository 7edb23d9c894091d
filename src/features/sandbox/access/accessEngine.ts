import { wrap, type Remote } from 'comlink';
import { fromPromise } from 'xstate';
import type { AccessAction, AccessScenario } from '../../../domain/access/scenario';
import type { AccessOutcome } from '../../../domain/access/simulation';
import type { SimulatorStep } from '../../../machines/simulator';
import type { accessEngine } from './accessEngine.worker';

let engine: Remote<typeof accessEngine> | null = null;

/** The machine's `applyLong`: the same engine, in a worker started on first use. */
export const applyInWorker = fromPromise<
  SimulatorStep<AccessScenario, AccessOutcome>,
  { scenario: AccessScenario; action: AccessAction }
>(async ({ input }) => {
  engine ??= wrap<typeof accessEngine>(
    new Worker(new URL('./accessEngine.worker.ts', import.meta.url), { type: 'module' }),
  );
  return engine.apply(input.scenario, input.action);
});
