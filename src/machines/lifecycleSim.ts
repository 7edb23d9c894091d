import type { LifecycleAction, LifecycleScenario } from '../domain/lifecycle/scenario';
import { applyLifecycleAction } from '../domain/lifecycle/simulation';
import type { PromiseActorLogic } from 'xstate';
import { withProcesses } from './process';
import { createSimulatorMachine, type SimulatorStep } from './simulator';

/**
 * Actions whose engine work grows with the days simulated and the images or objects held
 * (hundreds of milliseconds for a year): the page runs them off the main thread.
 */
export function isLongLifecycleAction(action: LifecycleAction): boolean {
  return /^(ecr|s3)\.(clock\.advance|images\.generate|objects\.generate)$/.test(action.type);
}

/** The lifecycle reducer with its processes played: what the page's worker runs. */
export const applyLifecycleStep = withProcesses(applyLifecycleAction);

/** The lifecycle simulator (ECR repository + S3 bucket with a time machine): the pure reducer with time travel. */
export const lifecycleSimMachine = createSimulatorMachine<LifecycleScenario, LifecycleAction>(
  'lifecycleSim',
  applyLifecycleAction,
);

/** The machine with its long actions applied by `applyLong` (the page's Web Worker). */
export function lifecycleSimMachineOffThread(
  applyLong: PromiseActorLogic<
    SimulatorStep<LifecycleScenario>,
    { scenario: LifecycleScenario; action: LifecycleAction }
  >,
) {
  return lifecycleSimMachine.provide({
    guards: { nextIsLong: ({ context }) => isLongLifecycleAction(context.queue[0]!) },
    actors: { applyLong },
  });
}
