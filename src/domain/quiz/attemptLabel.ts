// How an attempt is named wherever it is listed: the dashboard's scores, the resume list, the
// score history and the running quiz's title.

/** An exam simulation is a timed exam whose scope label starts with this. */
export const SIMULATION_KIND = 'Exam simulation';

export function simulationScopeLabel(task: string): string {
  return `${SIMULATION_KIND}: task ${task} by the exam guide's weights`;
}

export interface AttemptLabel {
  /** "Practice", "Timed exam" or "Exam simulation". */
  kind: string;
  /** How the questions were chosen; null for a simulation, whose kind already says it. */
  scope: string | null;
  /** e.g. "Exam simulation, 65 questions" or "Practice, 10 questions — All lessons". */
  summary: string;
}

export function describeAttempt(attempt: {
  mode: 'practice' | 'exam';
  scopeLabel: string;
  questionIds: readonly string[];
}): AttemptLabel {
  const n = attempt.questionIds.length;
  const count = `${n} question${n === 1 ? '' : 's'}`;
  if (attempt.mode === 'exam' && attempt.scopeLabel.startsWith(SIMULATION_KIND))
    return { kind: SIMULATION_KIND, scope: null, summary: `${SIMULATION_KIND}, ${count}` };
  const kind = attempt.mode === 'exam' ? 'Timed exam' : 'Practice';
  return {
    kind,
    scope: attempt.scopeLabel,
    summary: `${kind}, ${count} — ${attempt.scopeLabel}`,
  };
}
