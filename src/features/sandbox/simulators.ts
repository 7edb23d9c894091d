import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SimulatorId } from '../../domain/simulators';

/**
 * Each simulator's page, loaded when it opens. The page brings its own machine, scenario and
 * challenge parsers, goal check and challenge files (its useSimulatorSession options), so none
 * of them weighs on the sandbox list or another simulator.
 */
export const SIMULATOR_PAGES: Record<SimulatorId, LazyExoticComponent<ComponentType>> = {
  architecture: lazy(() => import('./architecture/ArchitectureSimulator')),
  upstream: lazy(() => import('./upstream/UpstreamSimulator')),
  lifecycle: lazy(() => import('./lifecycle/LifecycleSimulator')),
  access: lazy(() => import('./access/AccessSimulator')),
};
