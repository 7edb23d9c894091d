import { applyUpstreamAction } from '../domain/codeartifact/simulation';
import type { UpstreamAction, UpstreamScenario } from '../domain/codeartifact/scenario';
import { createSimulatorMachine } from './simulator';

/** The CodeArtifact upstream simulator: the engine's pure reducer with time travel. */
export const upstreamSimMachine = createSimulatorMachine<UpstreamScenario, UpstreamAction>(
  'upstreamSim',
  applyUpstreamAction,
);
