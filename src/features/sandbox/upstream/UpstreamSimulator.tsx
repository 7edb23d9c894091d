import { Suspense, lazy, useDeferredValue } from 'react';
import challengeFiles from '../../../content/challengeFiles/upstream';
import defaultScenarioJson from '../../../../content/scenarios/upstream.json';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../../domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../../domain/codeartifact/goals';
import { upstreamSimMachine } from '../../../machines/upstreamSim';
import { Deferred } from '../../../components/Deferred';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import { describeUpstreamAction } from './describeAction';
import { UpstreamControls } from './UpstreamControls';

const defaultScenario = parseUpstreamScenario(defaultScenarioJson);
const drawing = <div className="graph-canvas graph-loading">Drawing the repositories…</div>;

// The graph (React Flow and its layout) is the heaviest part: it loads and renders after the
// controls have painted, in the graph's own space, so the page is usable sooner.
const UpstreamGraph = lazy(() =>
  import('./UpstreamGraph').then((m) => ({ default: m.UpstreamGraph })),
);

export default function UpstreamSimulator() {
  const session = useSimulatorSession({
    simulator: 'upstream',
    challengeFiles,
    machine: upstreamSimMachine,
    defaultScenario,
    parseScenario: parseUpstreamScenario,
    parseChallenge: parseUpstreamChallenge,
    meetsGoal: meetsUpstreamGoal,
  });
  // The graph (a layout and a React Flow render) redraws a beat after the click's own repaint.
  const graphScenario = useDeferredValue(session.scenario);
  return (
    <SimulatorFrame
      simulator="upstream"
      intro="Send package requests through a domain of repositories and watch the depth-first search, what gets cached where, origin controls, registry outages and token expiry — with the rule behind every outcome."
      session={session}
      describeAction={describeUpstreamAction}
      model={
        <Deferred placeholder={drawing}>
          <Suspense fallback={drawing}>
            <UpstreamGraph scenario={graphScenario} />
          </Suspense>
        </Deferred>
      }
      controls={<UpstreamControls scenario={session.scenario} apply={session.apply} />}
      parseSaved={parseUpstreamScenario}
    />
  );
}
