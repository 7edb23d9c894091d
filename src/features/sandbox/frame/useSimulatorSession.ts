import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SimulatorMachine } from '../../../machines/simulator';
import { takeStart, type StartOptions } from './sessionStart';

interface SessionOptions<S, G, A, O> extends StartOptions<S, G, A> {
  machine: SimulatorMachine<S, A, O>;
  meetsGoal: (scenario: S, goal: G) => boolean;
}

export function useSimulatorSession<S, G, A, O = undefined>(options: SessionOptions<S, G, A, O>) {
  const [params] = useSearchParams();
  // Decided once per page: later URL edits are ours (share links), not a new start.
  const start = useMemo(() => takeStart(params, options), []); // eslint-disable-line react-hooks/exhaustive-deps
  const actor = useActorRef(options.machine, {
    input: { scenario: start.scenario, summary: start.summary },
  });
  const context = useSelector(actor, (s) => s.context);
  // A long action is being applied off the main thread (see machines/simulator).
  const busy = useSelector(actor, (s) => s.matches('applying'));
  const step = context.steps[context.index]!;
  const { challenge } = start;

  return {
    actor,
    context,
    step,
    scenario: step.scenario,
    challenge,
    meetsGoal: options.meetsGoal,
    problem: start.problem,
    busy,
    apply: (action: A) => actor.send({ type: 'action.apply', action }),
  };
}
