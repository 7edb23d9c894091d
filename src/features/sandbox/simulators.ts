import type { ComponentType } from 'react';
import { nextTask } from '../../components/nextTask';
import { simulatorById, type SimulatorId } from '../../domain/simulators';
import { prepareStart, startParams, type Start, type StartOptions } from './frame/sessionStart';

interface SimulatorModule {
  default: ComponentType;
  startOptions: StartOptions<unknown, unknown, unknown>;
  /** Where a start takes long to work out: in a worker. */
  startInWorker?: (params: URLSearchParams) => Promise<Start<unknown, unknown, unknown>>;
}

interface SimulatorCode {
  /**
   * The simulator's engine and challenge parser (which the page imports too), for a simulator
   * whose code is too much to evaluate in one task. Another chunk boundary costs download size,
   * so only the largest simulator has one.
   */
  engine?: () => Promise<unknown>;
  page: () => Promise<SimulatorModule>;
}

/**
 * Each simulator's code, loaded when it opens. The page brings its own machine, scenario and
 * challenge parsers, goal check and challenge files (its useSimulatorSession options), so none
 * of them weighs on the sandbox list or another simulator.
 */
const SIMULATOR_CODE: Record<SimulatorId, SimulatorCode> = {
  architecture: {
    engine: () => import('../../domain/architecture/challenge'),
    page: () => import('./architecture/ArchitectureSimulator'),
  },
  upstream: {
    page: () => import('./upstream/UpstreamSimulator'),
  },
  lifecycle: {
    page: () => import('./lifecycle/LifecycleSimulator'),
  },
  access: {
    page: () => import('./access/AccessSimulator'),
  },
};

/**
 * The route's loader: the simulator's page component (null for an unknown id), loaded before
 * the route renders, so a prerendered simulator hydrates whole, with no part still waiting
 * for its code while the rest of the page takes input. A challenge's or share link's start is
 * worked out here too, ahead of the render.
 */
export async function loadSimulatorPage(
  id: string | undefined,
  /** A challenge named in the path (/sandbox/upstream/<challenge>). */
  challenge: string | undefined,
  search = '',
  /** The page is loading (not a navigation inside the running app). */
  pageLoading = false,
): Promise<ComponentType | null> {
  const info = simulatorById(id ?? '');
  if (!info) return null;
  const code = SIMULATOR_CODE[info.id];
  // The engine's code (with its schemas) is evaluated in a task of its own, then the page's:
  // evaluated together, they are a task long enough to block input on a phone.
  if (code.engine) {
    await code.engine();
    await nextTask();
  }
  const page = await code.page();
  // A worker pays off while the page loads; once the app runs, starting one costs more than it saves.
  await prepareStart(
    page.startOptions,
    startParams(challenge, search),
    pageLoading ? page.startInWorker : undefined,
  );
  return page.default;
}
