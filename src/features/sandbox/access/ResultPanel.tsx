import { memo } from 'react';
import {
  getSlot,
  policyKind,
  readPolicy,
  type AccessScenario,
} from '../../../domain/access/scenario';
import type { RunStep, RunTraceStep } from '../../../domain/access/run';
import type { AccessWorkspace } from './useAccessWorkspace';
import { DECISION_WORDS, OUTCOME_WORDS, statementName, traceSource } from './words';

interface ResultProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

function TraceLine({
  scenario,
  step,
  workspace,
}: {
  scenario: AccessScenario;
  step: RunTraceStep;
  workspace: AccessWorkspace;
}) {
  const source = traceSource(scenario, step);
  let statement: string | null = null;
  if (step.policyId && step.index !== undefined) {
    const slot = getSlot(scenario, step.policyId);
    const state = slot
      ? readPolicy({ text: slot.text, disabled: [] }, policyKind(step.policyId))
      : null;
    statement = statementName(
      state?.status === 'valid' ? state.document.Statement[step.index] : undefined,
      step.index,
    );
  }
  const decides = step.outcome === 'decides';
  return (
    <li
      className="trace-step"
      data-outcome={step.outcome}
      aria-current={decides ? 'true' : undefined}
    >
      <div className="trace-step-head">
        <span className="trace-source">{source}</span>
        {statement !== null && step.policyId && (
          <button
            type="button"
            className="statement-link"
            onClick={() => workspace.show(step.policyId!, step.index ?? null)}
          >
            statement {statement}
            <span className="visually-hidden"> of {source}: show in the editor</span>
          </button>
        )}
        <span className={`badge outcome-badge`} data-outcome={step.outcome}>
          {decides ? 'decides' : OUTCOME_WORDS[step.outcome]}
        </span>
      </div>
      <p className="trace-reason">{step.reason}</p>
    </li>
  );
}

function StepResult({
  scenario,
  step,
  n,
  total,
  workspace,
}: {
  scenario: AccessScenario;
  step: RunStep;
  n: number;
  total: number;
  workspace: AccessWorkspace;
}) {
  // statements that did not apply are folded away; AWS rules and matches stay in view
  const quiet = step.trace.filter((t) => t.outcome === 'no-match' && t.policy !== 'service-rule');
  const shown = step.trace.filter((t) => !quiet.includes(t));
  return (
    <li className="run-step" data-decision={step.decision}>
      <details open={step.decision !== 'Allow' || total === 1}>
        <summary>
          <span className="run-step-label">
            {total > 1 ? `${n}. ` : ''}
            {step.label}
          </span>{' '}
          <code>{step.request.action}</code>{' '}
          <span className="decision-pill" data-decision={step.decision}>
            {DECISION_WORDS[step.decision]}
          </span>
        </summary>
        <p className="muted run-step-resource">
          on <code>{step.request.resource}</code>
        </p>
        <ol className="trace-steps">
          {shown.map((t, i) => (
            <TraceLine key={i} scenario={scenario} step={t} workspace={workspace} />
          ))}
        </ol>
        {quiet.length > 0 && (
          <details className="trace-quiet">
            <summary>
              {quiet.length} statement{quiet.length === 1 ? '' : 's'} did not apply
            </summary>
            <ol className="trace-steps">
              {quiet.map((t, i) => (
                <TraceLine key={i} scenario={scenario} step={t} workspace={workspace} />
              ))}
            </ol>
          </details>
        )}
      </details>
    </li>
  );
}

/** The last run: its decision and each request's trace (re-rendered only when the run changes). */
const RunResultView = memo(function RunResultView({ scenario, workspace }: ResultProps) {
  const result = workspace.result;
  if (!result)
    return <p className="muted">Run a journey or a request to see the decision and why.</p>;
  return (
    <>
      <p className="muted">{result.title}</p>
      {result.decision === null ? (
        <div role="alert" className="run-invalid">
          <p>
            <strong>Not evaluated.</strong> {result.invalid.length === 0 && result.error}
          </p>
          {result.invalid.length > 0 && (
            <ul>
              {result.invalid.map((i) => (
                <li key={i.policyId}>
                  <button
                    type="button"
                    className="statement-link"
                    onClick={() => workspace.show(i.policyId, null)}
                  >
                    {i.label}
                  </button>{' '}
                  is invalid{i.path ? ` at ${i.path}` : ''}: {i.message}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">
            Only valid policies are evaluated — fix the policy or undo the edit.
          </p>
        </div>
      ) : (
        <>
          <p className="run-decision" data-decision={result.decision}>
            {DECISION_WORDS[result.decision]}
            {result.steps.length > 1 && (
              <span className="muted">
                {' '}
                — {result.steps.filter((s) => s.decision === 'Allow').length} of{' '}
                {result.steps.length} requests allowed
              </span>
            )}
          </p>
          <ol className="run-steps">
            {result.steps.map((step, i) => (
              <StepResult
                key={`${i}-${step.request.action}`}
                scenario={scenario}
                step={step}
                n={i + 1}
                total={result.steps.length}
                workspace={workspace}
              />
            ))}
          </ol>
        </>
      )}
    </>
  );
});

/**
 * The last run's decision, each request's trace in words, the deciding step highlighted. While
 * the engine works on a new run (`busy`), the last one stays, dimmed, under "working…".
 */
export const ResultPanel = memo(function ResultPanel({
  scenario,
  workspace,
  busy,
}: ResultProps & { busy: boolean }) {
  return (
    <section className="card result-panel" aria-labelledby="result-heading" aria-busy={busy}>
      <h2 id="result-heading">Decision</h2>
      <span role="status" className="muted run-working">
        {busy ? 'Working…' : ''}
      </span>
      <RunResultView scenario={scenario} workspace={workspace} />
    </section>
  );
});
