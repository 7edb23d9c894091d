import {
  applyArchitectureAction,
  type ArchitectureAction,
} from '../domain/architecture/simulation';
import type { ArchitectureScenario } from '../domain/architecture/types';
import { createSimulatorMachine } from './simulator';

/** The architecture sandbox: the domain's pure reducer with time travel and played processes. */
export const architectureSimMachine = createSimulatorMachine<
  ArchitectureScenario,
  ArchitectureAction
>('architectureSim', applyArchitectureAction);
