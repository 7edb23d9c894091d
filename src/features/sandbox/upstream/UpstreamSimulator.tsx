import { useDeferredValue } from 'react';
import challengeFiles from '../../../content/challengeFiles/upstream';
import defaultScenarioJson from '../../../../content/scenarios/upstream.json';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../../domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../../domain/codeartifact/goals';
import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';
import { upstreamSimMachine } from '../../../machines/upstreamSim';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import type { StartOptions } from '../frame/sessionStart';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import { describeUpstreamAction } from './describeAction';
import { UpstreamControls } from './UpstreamControls';
import { UpstreamGraph } from './UpstreamGraph';

// Stored in its parsed form (tests/content/defaultScenarios.test.ts), so the page starts without
// the parser, whose first run is a long task on a phone.
const defaultScenario = defaultScenarioJson as unknown as UpstreamScenario;

/** Where the page starts; the route's loader works it out ahead for a challenge or share link. */
export const startOptions = {
  simulator: 'upstream',
  challengeFiles,
  defaultScenario,
  parseScenario: parseUpstreamScenario,
  parseChallenge: parseUpstreamChallenge,
} satisfies StartOptions<unknown, unknown, unknown>;

export default function UpstreamSimulator() {
  const session = useSimulatorSession({
    ...startOptions,
    machine: upstreamSimMachine,
    meetsGoal: meetsUpstreamGoal,
  });
  // The graph (a dagre layout) redraws a beat after the click's own repaint.
  const graphScenario = useDeferredValue(session.scenario);
  return (
    <SimulatorFrame
      simulator="upstream"
      intro="Send package requests through a domain of repositories and watch the depth-first search, what gets cached where, origin controls, registry outages and token expiry — with the rule behind every outcome."
      session={session}
      describeAction={describeUpstreamAction}
      model={<UpstreamGraph scenario={graphScenario} />}
      controls={<UpstreamControls scenario={session.scenario} apply={session.apply} />}
      parseSaved={parseUpstreamScenario}
    />
  );
}
