import type { AccessAction, AccessScenario } from '../domain/access/scenario';
import {
  applyAccessAction,
  startAccessStep,
  type AccessOutcome,
} from '../domain/access/simulation';
import { createSimulatorMachine } from './simulator';

/** The cross-account access simulator: the access engine's pure reducer with time travel. */
export const accessSimMachine = createSimulatorMachine<AccessScenario, AccessAction, AccessOutcome>(
  'accessSim',
  applyAccessAction,
  startAccessStep,
);
