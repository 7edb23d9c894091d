import type { ProcessPlan, StagePlan } from '../../simulation';
import type { ArchitectureScenario, StageId } from '../types';

/** What one stage of the release did: its plan for the release run actor, and the world after. */
export interface StageResult {
  plan: StagePlan;
  scenario: ArchitectureScenario;
}

export const TITLES: Record<StageId, string> = {
  install: 'Install dependencies',
  build: 'Build',
  sign: 'Sign',
  push: 'Push image',
  scan: 'Scan',
  replicate: 'Replicate',
  deploy: 'Deploy image and Lambda',
};

/** A stage plan: ok unless a process failed; the reason is the failing process's last word. */
export function stage(
  id: StageId,
  children: ProcessPlan[],
  failure: string | null,
  success: string,
): StagePlan {
  return { id, title: TITLES[id], children, ok: failure === null, reason: failure ?? success };
}

/** The last step's note of a steps plan: why that process ended as it did. */
export const lastNote = (plan: ProcessPlan): string =>
  'steps' in plan.input ? (plan.input.steps[plan.input.steps.length - 1]?.note ?? '') : '';
