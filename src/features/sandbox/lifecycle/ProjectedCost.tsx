import { memo, useMemo, useState } from 'react';
import { Deferred } from '../../../components/Deferred';
import { projectEcrCosts, projectS3Costs } from '../../../domain/lifecycle/projection';
import type { LifecycleScenario, LifecycleTab } from '../../../domain/lifecycle/scenario';
import { CostChart } from './CostChart';

interface ProjectionProps {
  tab: LifecycleTab;
  ecr: LifecycleScenario['ecr'];
  s3: LifecycleScenario['s3'];
  /** The policy and configuration as typed (they may differ from the scenario's). */
  ecrText: string;
  s3Text: string;
}

const ProjectionChart = memo(function ProjectionChart({
  tab,
  ecr,
  s3,
  ecrText,
  s3Text,
  horizon,
}: ProjectionProps & { horizon: number }) {
  // A lifecycle run for every day ahead: the page's heaviest sum, done only once it is in view.
  const projection = useMemo(
    () =>
      tab === 'ecr'
        ? projectEcrCosts({ ...ecr, policyText: ecrText }, horizon)
        : projectS3Costs({ ...s3, configurationText: s3Text }, horizon),
    [tab, ecr, s3, ecrText, s3Text, horizon],
  );
  return (
    <CostChart
      id={`lc-chart-${tab}`}
      projection={projection}
      what={tab === 'ecr' ? 'images' : 'objects'}
    />
  );
});

/** Storage cost over the coming days with the policy and without, drawn when scrolled near. */
export function ProjectedCost(props: ProjectionProps) {
  const [horizon, setHorizon] = useState(90);
  return (
    <section className="card" aria-labelledby="lc-cost-heading">
      <div className="lc-policy-head">
        <h2 id="lc-cost-heading">Storage cost, with and without the policy</h2>
        <div className="form-row lc-inline">
          <label htmlFor="lc-horizon">Look ahead</label>
          <select
            id="lc-horizon"
            value={horizon}
            onChange={(e) => setHorizon(Number(e.target.value))}
          >
            <option value={30}>30 days</option>
            <option value={90}>90 days</option>
            <option value={365}>365 days</option>
          </select>
        </div>
      </div>
      <Deferred until="visible" placeholder={<div className="lc-chart-placeholder" />}>
        <ProjectionChart {...props} horizon={horizon} />
      </Deferred>
    </section>
  );
}
