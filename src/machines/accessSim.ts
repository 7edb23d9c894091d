import type { AccessAction, AccessScenario } from '../domain/access/scenario';
import { applyAccessAction } from '../domain/access/simulation';
import { createSimulatorMachine } from './simulator';

/** The cross-account access simulator: the access engine's pure reducer with time travel. */
export const accessSimMachine = createSimulatorMachine<AccessScenario, AccessAction>(
  'accessSim',
  applyAccessAction,
);
