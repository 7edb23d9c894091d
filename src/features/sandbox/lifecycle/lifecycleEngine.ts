import { wrap, type Remote } from 'comlink';
import { fromPromise } from 'xstate';
import type { LifecycleAction, LifecycleScenario } from '../../../domain/lifecycle/scenario';
import type { SimulatorStep } from '../../../machines/simulator';
import type { lifecycleEngine } from './lifecycleEngine.worker';

let engine: Remote<typeof lifecycleEngine> | null = null;

/** The machine's `applyLong`: the same engine, in a worker started on first use. */
export const applyInWorker = fromPromise<
  SimulatorStep<LifecycleScenario>,
  { scenario: LifecycleScenario; action: LifecycleAction }
>(async ({ input }) => {
  engine ??= wrap<typeof lifecycleEngine>(
    new Worker(new URL('./lifecycleEngine.worker.ts', import.meta.url), { type: 'module' }),
  );
  return engine.apply(input.scenario, input.action);
});
