import { wrap, type Remote } from 'comlink';
import type { ProcessMachineId } from '../../../domain/simulation';
import type { ChartLayout } from './chartLayout';
import type { chartLayouts } from './chartLayout.worker';

let worker: Remote<typeof chartLayouts> | null = null;
const layouts = new Map<ProcessMachineId, Promise<ChartLayout>>();

/**
 * A machine's layout, computed once per machine (it depends on the definition only) in a worker
 * started on first use; on the main thread where workers are missing (tests without a DOM).
 */
export function chartLayoutOf(machine: ProcessMachineId): Promise<ChartLayout> {
  let layout = layouts.get(machine);
  if (!layout) {
    layout =
      typeof Worker === 'function'
        ? (worker ??= wrap<typeof chartLayouts>(
            new Worker(new URL('./chartLayout.worker.ts', import.meta.url), { type: 'module' }),
          )).layout(machine)
        : import('./chartLayout.worker').then((m) => m.chartLayouts.layout(machine));
    layouts.set(machine, layout);
  }
  return layout;
}
