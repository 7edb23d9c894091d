import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { clearPendingStart } from '../../../components/prerenderMarker';
import type { SimulatorMachine } from '../../../machines/simulator';
import { startParams, takeStart, type StartOptions } from './sessionStart';

interface SessionOptions<S, G, A, O> extends StartOptions<S, G, A> {
  machine: SimulatorMachine<S, A, O>;
  meetsGoal: (scenario: S, goal: G) => boolean;
}

export function useSimulatorSession<S, G, A, O = undefined>(options: SessionOptions<S, G, A, O>) {
  const { challenge } = useParams();
  const [search] = useSearchParams();
  // Decided once per mount: SimulatorPage mounts the simulator afresh for another start.
  const [start] = useState(() => takeStart(startParams(challenge, search), options));
  const actor = useActorRef(options.machine, {
    input: { scenario: start.scenario, summary: start.summary },
  });
  useEffect(clearPendingStart, []);
  const context = useSelector(actor, (s) => s.context);
  // A long action is being applied off the main thread (see machines/simulator).
  const busy = useSelector(actor, (s) => s.matches('applying'));
  const step = context.steps[context.index]!;

  return {
    actor,
    context,
    step,
    scenario: step.scenario,
    challenge: start.challenge,
    meetsGoal: options.meetsGoal,
    problem: start.problem,
    busy,
    apply: (action: A) => actor.send({ type: 'action.apply', action }),
  };
}
