import type { AnyStateMachine } from 'xstate';
import type { ProcessMachineId, ProcessPlan, SimulationStep } from '../../domain/simulation';
import { childMachines } from './children';
import { releaseRunMachine } from './release/releaseRun';
import { recordRun, type ActorRun } from './record';

/** The process machine a simulation step names: what plays it, and what the statechart view draws. */
export const processMachine = (id: ProcessMachineId): AnyStateMachine =>
  id === 'releaseRun' ? releaseRunMachine() : childMachines()[id];

/** Plays each planned process to its end and returns every actor's recorded states, in order. */
export function playProcesses(plans: readonly ProcessPlan[]): ActorRun[] {
  const actors: ActorRun[] = [];
  for (const plan of plans) {
    const offset = actors.length;
    const run = recordRun(
      processMachine(plan.machine),
      plan.input,
      'advanceMs' in plan ? plan.advanceMs : 0,
    );
    for (const actor of run.actors)
      actors.push({
        ...actor,
        id: String(Number(actor.id) + offset),
        parent: actor.parent === null ? null : String(Number(actor.parent) + offset),
      });
  }
  return actors;
}

export interface PlayedStep<S, O = undefined> extends SimulationStep<S, O> {
  /** The recorded processes of the step, for the statechart view. */
  run?: ActorRun[];
}

/** A simulator's pure reducer, with the processes each step names played and recorded. */
export function withProcesses<S, A, O = undefined>(
  apply: (scenario: S, action: A) => SimulationStep<S, O>,
): (scenario: S, action: A) => PlayedStep<S, O> {
  return (scenario, action) => {
    const step = apply(scenario, action);
    return step.processes?.length ? { ...step, run: playProcesses(step.processes) } : step;
  };
}

export type { ActorRun, Frame } from './record';
