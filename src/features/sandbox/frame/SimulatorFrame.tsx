import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { simulatorTitle, type SimulatorId } from '../../../domain/simulators';
import { ChallengePanel } from './ChallengePanel';
import { EventLog } from './EventLog';
import { HistoryControls } from './HistoryControls';
import { SavesPanel } from './SavesPanel';
import { ProcessPanel } from '../statechart/ProcessPanel';
import { TracePanel } from './TracePanel';
import type { useSimulatorSession } from './useSimulatorSession';
import './frame.css';

interface SimulatorFrameProps<S, G, A, O> {
  simulator: SimulatorId;
  intro: ReactNode;
  session: ReturnType<typeof useSimulatorSession<S, G, A, O>>;
  describeAction: (action: A) => string;
  model: ReactNode;
  controls: ReactNode;
  /** Parses a saved scenario (throws PolicyError on one this version cannot read). */
  parseSaved: (state: unknown) => S;
}

/** The layout every simulator shares: challenge, model, controls, trace, log, history, saves. */
export function SimulatorFrame<S, G, A, O>({
  simulator,
  intro,
  session,
  describeAction,
  model,
  controls,
  parseSaved,
}: SimulatorFrameProps<S, G, A, O>) {
  const { actor, context, step, challenge } = session;
  const title = simulatorTitle(simulator);
  // A challenge's tab, bookmark and history entry say which challenge it is.
  useDocumentTitle(challenge ? `${challenge.title} · ${title}` : title);
  return (
    <div className="simulator stack">
      <h1>{title}</h1>
      <p className="muted simulator-intro">{intro}</p>
      {session.problem && (
        <p className="banner banner-warn" role="alert">
          {session.problem}
        </p>
      )}
      {challenge && (
        <ChallengePanel
          challenge={challenge}
          simulator={actor}
          meetsGoal={session.meetsGoal}
          describeAction={describeAction}
        />
      )}
      <HistoryControls
        index={context.index}
        length={context.steps.length}
        onUndo={() => actor.send({ type: 'history.undo' })}
        onRedo={() => actor.send({ type: 'history.redo' })}
        onReset={() => actor.send({ type: 'history.reset' })}
        onGoto={(index) => actor.send({ type: 'history.goto', index })}
      />
      <div className="simulator-layout">
        <div className="simulator-model">{model}</div>
        <div className="simulator-controls">{controls}</div>
      </div>
      <div className="grid two">
        <TracePanel step={step} index={context.index} />
        <EventLog
          steps={context.steps}
          index={context.index}
          onGoto={(index) => actor.send({ type: 'history.goto', index })}
        />
      </div>
      <ProcessPanel run={step.run} index={context.index} />
      <SavesPanel
        simulator={simulator}
        scenario={step.scenario}
        challengeId={session.challenge?.id ?? null}
        onLoad={(state, name) =>
          actor.send({
            type: 'scenario.load',
            scenario: parseSaved(state),
            summary: `Loaded “${name}”`,
          })
        }
      />
    </div>
  );
}
