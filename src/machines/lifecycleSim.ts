import type { LifecycleAction, LifecycleScenario } from '../domain/lifecycle/scenario';
import { applyLifecycleAction } from '../domain/lifecycle/simulation';
import { createSimulatorMachine } from './simulator';

/** The lifecycle simulator (ECR repository + S3 bucket with a time machine): the pure reducer with time travel. */
export const lifecycleSimMachine = createSimulatorMachine<LifecycleScenario, LifecycleAction>(
  'lifecycleSim',
  applyLifecycleAction,
);
