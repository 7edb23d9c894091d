import type { PromiseActorLogic } from 'xstate';
import type { AccessAction, AccessScenario } from '../domain/access/scenario';
import {
  applyAccessAction,
  startAccessStep,
  type AccessOutcome,
} from '../domain/access/simulation';
import { withProcesses } from './process';
import { createSimulatorMachine, type SimulatorStep } from './simulator';

/**
 * Actions pressed on a button that evaluate a run and what would allow it (a journey, a
 * request, added statements): tens of milliseconds on a phone, so the page runs them off the
 * main thread and says it is working. Switches and choices (a statement on or off, the key's
 * manager, the bucket's encryption) stay at once, so their control never lags its state.
 */
export function isLongAccessAction(action: AccessAction): boolean {
  return (
    action.type === 'journey.run' ||
    action.type === 'request.run' ||
    action.type === 'statement.add'
  );
}

/** The access reducer with its processes played: what the page's worker runs. */
export const applyAccessStep = withProcesses(applyAccessAction);

/** The cross-account access simulator: the access engine's pure reducer with time travel. */
export const accessSimMachine = createSimulatorMachine<AccessScenario, AccessAction, AccessOutcome>(
  'accessSim',
  applyAccessAction,
  startAccessStep,
);

/** The machine with its long actions applied by `applyLong` (the page's Web Worker). */
export function accessSimMachineOffThread(
  applyLong: PromiseActorLogic<
    SimulatorStep<AccessScenario, AccessOutcome>,
    { scenario: AccessScenario; action: AccessAction }
  >,
) {
  return accessSimMachine.provide({
    guards: { nextIsLong: ({ context }) => isLongAccessAction(context.queue[0]!) },
    actors: { applyLong },
  });
}
