/**
 * What every simulator's pure reducer returns for one learner action, and the processes the
 * action set going — each one a sequence of decisions that a process actor plays as states
 * (src/machines/process), so a learner can watch why the outcome happened.
 */
import type { EvaluationWalk } from './access/evaluation-walk';
import type { RequestStep } from './codeartifact/types';
import type { TimelineStep } from './lifecycle/timeline';

/** One decision of a process, in order: the state it leads to is named by its kind and outcome. */
export interface DecidedStep {
  kind: string;
  outcome?: string;
  note: string;
}

/** Processes the architecture sandbox plays as steps machines (src/machines/process). */
export type StepsMachineId =
  | 'networkPath'
  | 'codeBuild'
  | 'signing'
  | 'imagePush'
  | 'scan'
  | 'replication'
  | 'deployment'
  | 'imageBuild';

export type ProcessPlan =
  | { machine: StepsMachineId; input: { label: string; steps: DecidedStep[] } }
  | {
      machine: 'releaseRun';
      input: { label: string; stages: StagePlan[]; startAt: string };
    }
  | {
      machine: 'packageRequest';
      input: { label: string; tokenRejection: string | null; steps: RequestStep[] };
    }
  | { machine: 'accessCheck'; input: { label: string; walk: EvaluationWalk } }
  | {
      machine: 'artifactLifecycle';
      input: { label: string; timeline: TimelineStep[] };
      /** How long to run it on the simulated clock, from the artifact's creation. */
      advanceMs: number;
    };

export type ProcessMachineId = ProcessPlan['machine'];

/** One stage of a release run: the processes it plays in order, and how it ended. */
export interface StagePlan {
  id: string;
  title: string;
  children: ProcessPlan[];
  ok: boolean;
  reason: string;
}

export interface SimulationStep<S, O = undefined> {
  scenario: S;
  /** One line for the event log. */
  summary: string;
  /** Why the outcome happened, step by step, each line citing its rule. */
  trace: string[];
  /** The processes the action ran, in order. */
  processes?: ProcessPlan[];
  /**
   * What the step's state evaluates to, computed once by the domain for the page to show (the
   * access simulator's last run); simulators with nothing to evaluate leave it out.
   */
  outcome?: O;
}
