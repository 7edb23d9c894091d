import {
  createActor,
  type ActorRefLike,
  type AnyStateMachine,
  type InputFrom,
  type StateValue,
} from 'xstate';
import { StepClock } from './stepClock';

/** One state a process actor was in, with what the domain said about it. */
export interface Frame {
  /** Active leaf states as dotted paths, e.g. ['examining'] or ['deploy.pulling']. */
  state: string[];
  note: string;
}

/** Everything one actor of a run went through, ready to replay in the statechart view. */
export interface ActorRun {
  /** Unique within the run: the order the actor started in. */
  id: string;
  /** The machine's id, e.g. 'packageRequest': which definition to draw. */
  machine: string;
  label: string;
  /** The actor that invoked it (null for the root). */
  parent: string | null;
  frames: Frame[];
  /** What the actor ended with, when it reached a final state. */
  output?: unknown;
}

export interface RecordedRun<O> {
  output: O | undefined;
  actors: ActorRun[];
}

/** What every process machine keeps in its context so a run can be shown. */
export interface ProcessContext {
  label: string;
  /** Why the actor is in its current state, from the domain. */
  note: string;
}

/** The active leaf states of a state value as dotted paths. */
export function statePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [prefix + key] : statePaths(child, `${prefix}${key}.`),
  );
}

interface Source {
  path: string[];
  description?: string | undefined;
}

interface MachineSnapshot {
  value: StateValue;
  context: unknown;
  status: string;
  output?: unknown;
}

const isMachineSnapshot = (s: unknown): s is MachineSnapshot =>
  typeof s === 'object' && s !== null && 'value' in s && 'context' in s;

/** A state's own description, from the machine definition (for hubs with nothing to add). */
function describe(ref: ActorRefLike, path: string | undefined): string {
  const logic = (ref as { logic?: AnyStateMachine }).logic;
  if (!logic?.getStateNodeById || path === undefined) return '';
  try {
    return logic.getStateNodeById(`${logic.id}.${path}`).description ?? '';
  } catch {
    return '';
  }
}

const contextOf = (s: MachineSnapshot): Partial<ProcessContext> =>
  (typeof s.context === 'object' && s.context !== null ? s.context : {}) as Partial<ProcessContext>;

/**
 * Runs a process machine (on a simulated clock) and records every microstep of it and of every machine
 * it invokes. Process machines move on eventless transitions whose guards read decisions made
 * by the domain, so a run completes synchronously and replays exactly.
 */
export function recordRun<M extends AnyStateMachine>(
  machine: M,
  input: InputFrom<M>,
  /** For machines that wait on delays: how far to move the simulated clock after start. */
  advanceMs = 0,
): RecordedRun<unknown> {
  const runs = new Map<string, ActorRun>();
  const order = (ref: ActorRefLike): ActorRun | undefined => {
    const known = runs.get(ref.sessionId);
    if (known) return known;
    const { logic, _parent } = ref as { logic?: { id?: unknown }; _parent?: ActorRefLike };
    if (typeof logic?.id !== 'string') return undefined;
    const run: ActorRun = {
      id: String(runs.size),
      machine: logic.id,
      label: logic.id,
      parent: _parent ? (runs.get(_parent.sessionId)?.id ?? null) : null,
      frames: [],
    };
    runs.set(ref.sessionId, run);
    return run;
  };
  const push = (run: ActorRun, frame: Frame) => {
    const last = run.frames[run.frames.length - 1];
    if (!last || last.state.join() !== frame.state.join() || last.note !== frame.note)
      run.frames.push(frame);
  };
  const record = (ref: ActorRefLike, snapshot: unknown, from: Source | undefined) => {
    const run = order(ref);
    if (!run || !isMachineSnapshot(snapshot)) return;
    const ctx = contextOf(snapshot);
    if (ctx.label) run.label = ctx.label;
    // XState reports no microstep for entering the initial state: the first transition's
    // source is that state, described by the state node itself.
    if (run.frames.length === 0 && from)
      push(run, { state: [from.path.join('.')], note: from.description ?? '' });
    const state = statePaths(snapshot.value);
    push(run, { state, note: ctx.note || describe(ref, state[0]) });
    if (snapshot.status === 'done' && 'output' in snapshot) run.output = snapshot.output;
  };
  const clock = new StepClock();
  const actor = createActor(machine, {
    input,
    clock,
    inspect: (event) => {
      // actors are numbered as they are created, a parent before its children
      if (event.type === '@xstate.actor') order(event.actorRef);
      else if (event.type === '@xstate.microstep')
        record(event.actorRef, event.snapshot, event._transitions[0]?.source);
      else if (event.type === '@xstate.snapshot') record(event.actorRef, event.snapshot, undefined);
    },
  });
  actor.start();
  if (advanceMs > 0) clock.advance(advanceMs);
  const snapshot = actor.getSnapshot() as { status: string; output?: unknown };
  actor.stop();
  return {
    output: snapshot.status === 'done' ? snapshot.output : undefined,
    actors: [...runs.values()],
  };
}
