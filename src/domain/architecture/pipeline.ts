/**
 * The Image Builder pipeline of the tooling account: a run by hand (StartImagePipelineExecution)
 * or on its schedule, where the start condition decides whether a tick builds at all
 * (imagebuilder/API_Schedule) — both decided by the Image Builder engine.
 */
import { runImageBuild, scheduledTick } from '../imagebuilder';
import type { DecidedStep, ProcessPlan } from '../simulation';
import type { ArchitectureScenario } from './types';

export interface PipelineRun {
  scenario: ArchitectureScenario;
  plan: ProcessPlan;
  summary: string;
  trace: string[];
}

export function runPipeline(s: ArchitectureScenario, at: string, scheduled: boolean): PipelineRun {
  const ib = s.tooling.imageBuilder;
  const steps: DecidedStep[] = [];
  const plan: ProcessPlan = {
    machine: 'imageBuild',
    input: {
      label: `${ib.pipeline.name} ${scheduled ? `scheduled ${at.slice(0, 10)}` : 'run by hand'}`,
      steps,
    },
  };
  const trace: string[] = [];
  if (scheduled) {
    const tick = scheduledTick(ib.pipeline, ib.catalog, ib.lastBuild, at);
    trace.push(...tick.trace);
    steps.push({
      kind: 'schedule',
      outcome: tick.build ? 'build' : 'skip',
      note: tick.trace.at(-1) ?? '',
    });
    if (!tick.build)
      return {
        scenario: s,
        plan,
        summary: `Image Builder tick ${at.slice(0, 10)}: no build`,
        trace,
      };
  }
  const result = runImageBuild({
    pipeline: ib.pipeline,
    catalog: ib.catalog,
    environment: ib.environment,
    previousBuilds: ib.builds,
    now: at,
  });
  trace.push(...result.trace);
  for (const st of result.stages) {
    if (st.status === 'not run') continue;
    steps.push({ kind: st.stage, outcome: st.status, note: st.reason });
  }
  if (result.status === 'AVAILABLE')
    steps.push({
      kind: 'result',
      outcome: 'available',
      note: `Image ${result.imageVersion} is available${result.outputs.ssmParameters.length ? `; ${result.outputs.ssmParameters.map((p) => p.parameterName).join(', ')} updated` : ''}.`,
    });
  const built = result.status === 'AVAILABLE';
  return {
    scenario: built
      ? {
          ...s,
          tooling: {
            ...s.tooling,
            imageBuilder: {
              ...ib,
              builds: [...ib.builds, result.imageVersion],
              lastBuild: result.resolved,
            },
          },
        }
      : s,
    plan,
    summary: `Image Builder ${scheduled ? 'scheduled run' : 'run'} → ${built ? result.imageVersion : `failed at ${result.failedStage}`}`,
    trace,
  };
}
