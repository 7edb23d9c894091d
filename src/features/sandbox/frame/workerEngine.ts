import { wrap } from 'comlink';
import { fromPromise } from 'xstate';
import type { SimulatorStep } from '../../../machines/simulator';

/** A simulator's engine worker as the page sees it (comlink): its step reducer, answered later. */
interface RemoteEngine<S, A, O> {
  apply: (scenario: S, action: A) => Promise<SimulatorStep<S, O>>;
}

/**
 * A simulator's engine in a Web Worker, made by `create` (a `new Worker(new URL(…))` the bundler
 * can see). `start` makes it ahead of need: called once the page is idle, the first long action
 * neither creates the worker in its click nor waits for its download. `applyInWorker` is the
 * simulator machine's `applyLong`; it starts the worker itself if nothing has yet.
 */
export function workerEngine<S, A, O = undefined>(create: () => Worker) {
  let engine: RemoteEngine<S, A, O> | null = null;
  const started = () => (engine ??= wrap(create()) as unknown as RemoteEngine<S, A, O>);
  return {
    start: () => {
      if (typeof Worker === 'function') started();
    },
    applyInWorker: fromPromise<SimulatorStep<S, O>, { scenario: S; action: A }>(({ input }) =>
      started().apply(input.scenario, input.action),
    ),
  };
}
