import { useSelector } from '@xstate/react';
import { startTransition, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { createActor, type Actor } from 'xstate';
import { clearPendingStart, endHydration, isHydrating } from '../../../components/prerenderMarker';
import type { SimulatorMachine } from '../../../machines/simulator';
import { startFrom, takeStart, type Start, type StartOptions } from './sessionStart';

interface SessionOptions<S, G, A, O> extends StartOptions<S, G, A> {
  machine: SimulatorMachine<S, A, O>;
  meetsGoal: (scenario: S, goal: G) => boolean;
}

/** A start and the actor playing it, for one query string. */
interface Shown<S, G, A, O> {
  query: string;
  start: Start<S, G, A>;
  actor: Actor<SimulatorMachine<S, A, O>>;
}

const NO_QUERY = new URLSearchParams();

function open<S, G, A, O>(
  options: SessionOptions<S, G, A, O>,
  query: string,
  start: Start<S, G, A>,
): Shown<S, G, A, O> {
  const input = { scenario: start.scenario, summary: start.summary };
  return { query, start, actor: createActor(options.machine, { input }) };
}

/**
 * The simulator's session: its actor, started from the URL (a challenge, a share link or the
 * default) and started again from it whenever the query changes (another challenge opened inside
 * the app).
 *
 * A prerendered page reached with a query is hydrated from the start its prerender shows, the
 * default, and the URL's start follows as a new actor rendered in a transition: React updates the
 * hydrated page in slices, where a fresh render would replace and lay out every node at once, and
 * an event sent to the actor React already watches would re-render the whole page in one task.
 */
export function useSimulatorSession<S, G, A, O = undefined>(options: SessionOptions<S, G, A, O>) {
  const [params] = useSearchParams();
  const query = params.toString();
  const [shown, setShown] = useState(() =>
    isHydrating()
      ? open(options, '', startFrom(NO_QUERY, options))
      : open(options, query, takeStart(params, options)),
  );

  useEffect(() => {
    endHydration();
    if (shown.query === query) return clearPendingStart();
    const next = open(options, query, takeStart(params, options));
    startTransition(() => setShown(next));
  }, [query, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  const { actor, start } = shown;
  useEffect(() => {
    // Under StrictMode (development) an effect is run, cleaned up and run again: a stopped actor
    // cannot be started again, so the session gets a fresh one from the same start.
    if (actor.getSnapshot().status === 'stopped')
      return setShown((current) =>
        current.actor === actor ? open(options, current.query, current.start) : current,
      );
    actor.start();
    return () => void actor.stop();
  }, [actor]); // eslint-disable-line react-hooks/exhaustive-deps

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
