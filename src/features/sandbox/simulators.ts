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

/**
 * Imports `first` (part of what `page` imports), then `page` in a task of its own: evaluating
 * all of a large simulator's code at once (its engines and their schemas, its panels) is a task
 * long enough to block input on a phone.
 */
async function inSteps<T>(first: () => Promise<unknown>, page: () => Promise<T>): Promise<T> {
  await first();
  await nextTask();
  return page();
}

/**
 * Each simulator's page, loaded when it opens. The page brings its own machine, scenario and
 * challenge parsers, goal check and challenge files (its useSimulatorSession options), so none
 * of them weighs on the sandbox list or another simulator.
 */
const SIMULATOR_PAGES: Record<SimulatorId, () => Promise<SimulatorModule>> = {
  architecture: () =>
    inSteps(
      () => import('../../domain/architecture/challenge'),
      () => import('./architecture/ArchitectureSimulator'),
    ),
  upstream: () => import('./upstream/UpstreamSimulator'),
  lifecycle: () => import('./lifecycle/LifecycleSimulator'),
  access: () => import('./access/AccessSimulator'),
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
  const page = await SIMULATOR_PAGES[info.id]();
  // A worker pays off while the page loads; once the app runs, starting one costs more than it saves.
  await prepareStart(
    page.startOptions,
    startParams(challenge, search),
    pageLoading ? page.startInWorker : undefined,
  );
  return page.default;
}
