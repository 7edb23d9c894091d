import { wrap, type Remote } from 'comlink';
import { fromPromise } from 'xstate';
import type { AccessAction, AccessScenario } from '../../../domain/access/scenario';
import type { AccessOutcome } from '../../../domain/access/simulation';
import type { SimulatorStep } from '../../../machines/simulator';
import type { accessEngine } from './accessEngine.worker';

let engine: Remote<typeof accessEngine> | null = null;

const started = () =>
  (engine ??= wrap<typeof accessEngine>(
    new Worker(new URL('./accessEngine.worker.ts', import.meta.url), { type: 'module' }),
  ));

/**
 * Starts the worker before the first run needs it (the page calls it once idle): its start and
 * its module's download and compile then leave the first run's click and its wait.
 */
export function startEngine(): void {
  if (typeof Worker === 'function') started();
}

/** The machine's `applyLong`: the same engine, in a worker started on first use at the latest. */
export const applyInWorker = fromPromise<
  SimulatorStep<AccessScenario, AccessOutcome>,
  { scenario: AccessScenario; action: AccessAction }
>(async ({ input }) => started().apply(input.scenario, input.action));
