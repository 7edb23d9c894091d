import { useDeferredValue } from 'react';
import { meetsArchitectureGoal } from '../../../domain/architecture/goals';
import { parseArchitectureScenario } from '../../../domain/architecture/schema';
import { architectureSimMachine } from '../../../machines/architectureSim';
import { SimulatorFrame } from '../frame/SimulatorFrame';
import { useSimulatorSession } from '../frame/useSimulatorSession';
import { ArchitectureDiagram } from './ArchitectureDiagram';
import { describeArchitectureAction } from './describeAction';
import { FaultsPanel } from './FaultsPanel';
import { JsonApplyCard } from './JsonApplyCard';
import { PoliciesPanel } from './PoliciesPanel';
import { RunPanel } from './RunPanel';
import { SettingsPanel } from './SettingsPanel';
import { StageList } from './StageList';
import { startOptions } from './startOptions';
import './architecture.css';

export { startOptions } from './startOptions';
export { startInWorker } from './startInWorker';

export default function ArchitectureSimulator() {
  const session = useSimulatorSession({
    ...startOptions,
    machine: architectureSimMachine,
    meetsGoal: meetsArchitectureGoal,
  });
  const { scenario, apply } = session;
  // The diagram redraws a beat after the click's own repaint.
  const drawn = useDeferredValue(scenario);
  return (
    <SimulatorFrame
      simulator="architecture"
      intro="A tooling account that builds, signs, scans and replicates; a DR Region; a workload account that deploys. Run a release, switch on a fault or change a setting, and follow each stage's decisions — every one made by the same engines as the other simulators, with the AWS rule behind it."
      session={session}
      describeAction={describeArchitectureAction}
      model={
        <div className="arch-model">
          <section aria-labelledby="arch-stages-heading">
            <h2 id="arch-stages-heading">Release {scenario.release.version}</h2>
            <StageList scenario={scenario} />
          </section>
          <section aria-labelledby="arch-diagram-heading">
            <h2 id="arch-diagram-heading">Accounts and services</h2>
            <ArchitectureDiagram scenario={drawn} />
          </section>
        </div>
      }
      controls={
        <div className="stack">
          <RunPanel scenario={scenario} apply={apply} />
          <FaultsPanel scenario={scenario} apply={apply} />
          <SettingsPanel scenario={scenario} apply={apply} />
          <PoliciesPanel scenario={scenario} apply={apply} />
          <JsonApplyCard
            id="arch-scenario-heading"
            title="Scenario JSON"
            editorLabel="The whole architecture scenario (JSON)"
            source={JSON.stringify(scenario, null, 2)}
            check={(value) => parseArchitectureScenario(value)}
            applyLabel="Load this scenario"
            onApply={(value) =>
              session.actor.send({
                type: 'scenario.load',
                scenario: parseArchitectureScenario(value),
                summary: 'Edited scenario JSON',
              })
            }
          />
        </div>
      }
      parseSaved={parseArchitectureScenario}
    />
  );
}
