import {
  Suspense,
  lazy,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
} from 'react';
import type { ProcessMachineId } from '../../../domain/simulation';
import type { ActorRun } from '../../../machines/process';
import { stateWords } from './stateWords';
import './statechart.css';
import { Button } from '../../../components/Button';

const StatechartDiagram = lazy(() => import('./StatechartDiagram'));

/** Did the actor end well? Processes output `{ ok }`; one still waiting has no verdict. */
export const actorOk = (actor: ActorRun): boolean | null =>
  typeof actor.output === 'object' && actor.output !== null && 'ok' in actor.output
    ? Boolean((actor.output as { ok: unknown }).ok)
    : null;

function firstToShow(run: readonly ActorRun[]): ActorRun {
  // the deepest actor that failed explains the failure best; otherwise the first one
  const failed = run.filter((a) => actorOk(a) === false);
  return failed[failed.length - 1] ?? run[0]!;
}

const depth = (run: readonly ActorRun[], actor: ActorRun): number => {
  let d = 0;
  for (let p = actor.parent; p !== null; p = run.find((a) => a.id === p)?.parent ?? null) d += 1;
  return d;
};

/** How long the replay shows each state when a new run arrives. */
const REPLAY_MS = 450;

function Replay({ run }: { run: readonly ActorRun[] }) {
  const [actorId, setActorId] = useState(() => firstToShow(run).id);
  const actor = run.find((a) => a.id === actorId) ?? run[0]!;
  const last = actor.frames.length - 1;
  const reduced =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [index, setIndex] = useState(reduced ? last : 0);
  const [playing, setPlaying] = useState(!reduced && last > 0);

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setIndex((i) => Math.min(last, i + 1)), REPLAY_MS);
    return () => clearTimeout(timer);
  }, [playing, index, last]);

  const go = (i: number) => {
    setPlaying(false);
    setIndex(Math.max(0, Math.min(last, i)));
  };
  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };

  const frame = actor.frames[index];
  const active = frame?.state[0] ?? null;
  const previous = index > 0 ? (actor.frames[index - 1]?.state[0] ?? null) : null;
  const visited = useMemo(
    () => new Set(actor.frames.slice(0, index + 1).flatMap((f) => f.state)),
    [actor, index],
  );
  const ok = actorOk(actor);

  return (
    <>
      {run.length > 1 && (
        <div className="form-row">
          <label htmlFor="process-actor">Actor</label>
          <select
            id="process-actor"
            value={actor.id}
            onChange={(e) => {
              const next = run.find((a) => a.id === e.target.value)!;
              setActorId(next.id);
              setPlaying(false);
              setIndex(next.frames.length - 1);
            }}
          >
            {run.map((a) => (
              <option key={a.id} value={a.id}>
                {'\u2003'.repeat(depth(run, a))}
                {a.machine}: {a.label}
                {actorOk(a) === false ? ' — failed' : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <figure
        className="statechart"
        aria-label={`Statechart of ${actor.machine}`}
        tabIndex={0}
        onKeyDown={onKey}
      >
        <figcaption>
          <strong>{actor.machine}</strong> — {actor.label}
          {ok !== null && (
            <span className={ok ? 'badge badge-hit' : 'badge badge-miss'}>
              {ok ? 'ended well' : 'failed'}
            </span>
          )}
          <span className="muted"> · use ← and → to step</span>
        </figcaption>
        <Suspense
          fallback={
            <div className="statechart-canvas statechart-loading">Drawing the machine…</div>
          }
        >
          <StatechartDiagram
            machine={actor.machine as ProcessMachineId}
            active={active}
            previous={previous}
            visited={visited}
          />
        </Suspense>
      </figure>
      <div className="statechart-controls" role="group" aria-label="Step through the states">
        <Button small onClick={() => go(index - 1)} disabled={index === 0}>
          Previous state
        </Button>
        <span aria-live="polite">
          State {index + 1} of {last + 1}: <strong>{active ? stateWords(active) : '—'}</strong>
        </span>
        <Button small onClick={() => go(index + 1)} disabled={index === last}>
          Next state
        </Button>
        <Button
          small
          onClick={() => {
            setIndex(0);
            setPlaying(true);
          }}
        >
          Replay
        </Button>
      </div>
      <p className="statechart-note">{frame?.note}</p>
      <details className="statechart-path">
        <summary>State path as text</summary>
        <ol>
          {actor.frames.map((f, i) => (
            <li key={i} aria-current={i === index ? 'step' : undefined}>
              <button type="button" className="link-button" onClick={() => go(i)}>
                {f.state.map(stateWords).join(', ')}
              </button>
              {f.note && <> — {f.note}</>}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}

/**
 * The live statechart of the current step's processes: pick an actor, watch it step through its
 * machine's states, step back and forth by keyboard, or read the state path as text.
 */
export function ProcessPanel({
  run,
  index,
}: {
  run: readonly ActorRun[] | undefined;
  index: number;
}) {
  // A new step remounts the replay and its chart: that follows a beat behind, in a background
  // render, so the control that made the step repaints first.
  const shownRun = useDeferredValue(run);
  const shownIndex = useDeferredValue(index);
  if (!shownRun || shownRun.length === 0) return null;
  return (
    <section className="card process-panel" aria-labelledby="process-heading">
      <h2 id="process-heading">The process, as a state machine</h2>
      <Replay key={shownIndex} run={shownRun} />
    </section>
  );
}
