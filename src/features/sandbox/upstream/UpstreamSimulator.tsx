import defaultScenarioJson from '../../../../content/scenarios/upstream.json';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../../domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../../domain/codeartifact/goals';
import { upstreamSimMachine } from '../../../machines/upstreamSim';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import { describeUpstreamAction } from './describeAction';
import { UpstreamControls } from './UpstreamControls';
import { UpstreamGraph } from './UpstreamGraph';

const defaultScenario = parseUpstreamScenario(defaultScenarioJson);

export default function UpstreamSimulator() {
  const session = useSimulatorSession({
    simulator: 'upstream',
    machine: upstreamSimMachine,
    defaultScenario,
    parseScenario: parseUpstreamScenario,
    parseChallenge: parseUpstreamChallenge,
    meetsGoal: meetsUpstreamGoal,
  });
  return (
    <SimulatorFrame
      simulator="upstream"
      title="CodeArtifact upstream simulator"
      intro="Send package requests through a domain of repositories and watch the depth-first search, what gets cached where, origin controls, registry outages and token expiry — with the rule behind every outcome."
      session={session}
      describeAction={describeUpstreamAction}
      model={<UpstreamGraph scenario={session.scenario} />}
      controls={<UpstreamControls scenario={session.scenario} apply={session.apply} />}
      parseSaved={parseUpstreamScenario}
    />
  );
}
