import type { ComponentType } from 'react';
import { simulatorById, type SimulatorId } from '../../domain/simulators';

/**
 * Each simulator's page, loaded when it opens. The page brings its own machine, scenario and
 * challenge parsers, goal check and challenge files (its useSimulatorSession options), so none
 * of them weighs on the sandbox list or another simulator.
 */
const SIMULATOR_PAGES: Record<SimulatorId, () => Promise<{ default: ComponentType }>> = {
  architecture: () => import('./architecture/ArchitectureSimulator'),
  upstream: () => import('./upstream/UpstreamSimulator'),
  lifecycle: () => import('./lifecycle/LifecycleSimulator'),
  access: () => import('./access/AccessSimulator'),
};

/**
 * The route's loader: the simulator's page component (null for an unknown id), loaded before
 * the route renders, so a prerendered simulator hydrates whole, with no part still waiting
 * for its code while the rest of the page takes input.
 */
export async function loadSimulatorPage(id: string | undefined): Promise<ComponentType | null> {
  const info = simulatorById(id ?? '');
  return info ? (await SIMULATOR_PAGES[info.id]()).default : null;
}
