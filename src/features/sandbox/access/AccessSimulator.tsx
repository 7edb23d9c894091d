import { useCallback, useEffect } from 'react';
import defaultScenarioJson from '../../../../content/scenarios/access.json';
import challengeFiles from '../../../content/challengeFiles/access';
import { parseAccessChallenge, parseAccessScenario } from '../../../domain/access/challenge';
import { meetsAccessGoal } from '../../../domain/access/goals';
import type { AccessAction } from '../../../domain/access/scenario';
import { accessSimMachineOffThread } from '../../../machines/accessSim';
import { whenIdle } from '../../../components/whenIdle';
import { accessEngine } from './accessEngine';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import type { StartOptions } from '../frame/sessionStart';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import { AccountsBoard } from './AccountsBoard';
import { describeAccessAction } from './describeAction';
import { PolicyEditorPanel } from './PolicyEditorPanel';
import { ResultPanel } from './ResultPanel';
import { RunPanel } from './RunPanel';
import { SettingsPanel } from './SettingsPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useAccessWorkspace } from './useAccessWorkspace';
import './access-board.css';
import './access-panels.css';

const defaultScenario = parseAccessScenario(defaultScenarioJson);
const machine = accessSimMachineOffThread(accessEngine.applyInWorker);

/** Where the page starts; the route's loader works it out ahead for a challenge or share link. */
export const startOptions = {
  simulator: 'access',
  challengeFiles,
  defaultScenario,
  parseScenario: parseAccessScenario,
  parseChallenge: parseAccessChallenge,
} satisfies StartOptions<unknown, unknown, unknown>;

export default function AccessSimulator() {
  const session = useSimulatorSession({ ...startOptions, machine, meetsGoal: meetsAccessGoal });
  const { actor } = session;
  // the same function every render, so the panels' memo holds while the engine works
  const apply = useCallback(
    (action: AccessAction) => actor.send({ type: 'action.apply', action }),
    [actor],
  );
  useEffect(() => whenIdle(accessEngine.start, 5000), []);
  const workspace = useAccessWorkspace(session.scenario, session.step.outcome, apply);
  return (
    <SimulatorFrame
      simulator="access"
      intro="Edit the identity, resource, key and organization policies of two accounts, run the requests a docker pull, an artifact download or an npm install really makes, and see every statement the decision went through — then switch statements off, or let the engine say what would make it allowed."
      session={session}
      describeAction={describeAccessAction}
      model={<AccountsBoard scenario={session.scenario} workspace={workspace} />}
      controls={
        <div className="access-workbench">
          <div className="access-workbench-editor">
            <PolicyEditorPanel scenario={session.scenario} workspace={workspace} />
          </div>
          <div className="stack controls">
            <RunPanel scenario={session.scenario} workspace={workspace} />
            <ResultPanel scenario={session.scenario} workspace={workspace} busy={session.busy} />
            <SuggestionsPanel scenario={session.scenario} workspace={workspace} />
            <SettingsPanel scenario={session.scenario} workspace={workspace} />
          </div>
        </div>
      }
      parseSaved={parseAccessScenario}
    />
  );
}
