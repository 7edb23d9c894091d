import type { AnyStateMachine } from 'xstate';

/**
 * A machine built on its first use. Building XState's state-node trees for every process machine
 * takes tens of milliseconds on a phone; a simulator page should not pay that as it loads, only
 * when a step first plays a process.
 */
export function lazyMachine<M extends AnyStateMachine>(build: () => M): () => M {
  let machine: M | undefined;
  return () => (machine ??= build());
}
