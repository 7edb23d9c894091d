import { memo, useMemo } from 'react';
import { policyLabel, type AccessScenario } from '../../../domain/access/scenario';
import { mergeSuggestions } from '../../../domain/access/suggestions';
import type { AccessWorkspace } from './useAccessWorkspace';
import { DECISION_WORDS } from './words';
import { Button } from '../../../components/Button';

interface SuggestionsProps {
  scenario: AccessScenario;
  workspace: AccessWorkspace;
}

/** "What would make this allowed?": the smallest statements per side, each one click away. */
export const SuggestionsPanel = memo(function SuggestionsPanel({
  scenario,
  workspace,
}: SuggestionsProps) {
  const result = workspace.result;
  const perStep = workspace.suggestions;
  const count = perStep.reduce((n, p) => n + p.suggestions.length, 0);
  const merged = useMemo(() => (count > 1 ? mergeSuggestions(perStep) : []), [count, perStep]);
  if (!result || result.decision === null || result.decision === 'Allow') return null;
  return (
    <section className="card suggestions-panel" aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">What would make this allowed?</h2>
      {count === 0 && perStep.every((p) => p.blockers.length === 0) && (
        <p className="muted">No statement added to a policy can allow this.</p>
      )}
      {merged.length > 0 && (
        <div className="suggestion-all">
          <p>All {count} suggestions at once, with the actions of each resource combined:</p>
          <ul>
            {merged.map((m) => {
              const where = policyLabel(scenario, m.policyId);
              return (
                <li key={m.policyId}>
                  <Button
                    small
                    onClick={() =>
                      workspace.actAll(
                        m.statements.map((statement) => ({
                          type: 'statement.add',
                          policyId: m.policyId,
                          statement,
                        })),
                      )
                    }
                  >
                    Add {m.statements.length} statement{m.statements.length === 1 ? '' : 's'} to{' '}
                    {where}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <ol className="suggestion-steps">
        {perStep.map((step, i) => (
          <li key={i}>
            <h3>{step.label}</h3>
            {step.blockers.map((b, j) => (
              <p key={`b${j}`} className="suggestion-blocker">
                <strong>Blocked:</strong> {b.reason}
                {b.policyId && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="statement-link"
                      onClick={() => workspace.show(b.policyId!, null)}
                    >
                      Open {policyLabel(scenario, b.policyId)}
                    </button>
                  </>
                )}
              </p>
            ))}
            <ul className="suggestion-list">
              {step.suggestions.map((sg, j) => {
                const where = sg.policyId ? policyLabel(scenario, sg.policyId) : null;
                return (
                  <li key={j} className="suggestion">
                    <p>
                      <strong>{where ?? sg.side}:</strong> {sg.reason}
                    </p>
                    <pre
                      className="suggestion-json"
                      aria-label={`Statement to add${where ? ` to ${where}` : ''}`}
                    >
                      {JSON.stringify(sg.json, null, 2)}
                    </pre>
                    {sg.policyId && (
                      <Button
                        small
                        onClick={() =>
                          workspace.act({
                            type: 'statement.add',
                            policyId: sg.policyId!,
                            statement: sg.json,
                          })
                        }
                        aria-label={`Add this statement to ${where}`}
                      >
                        Add this statement
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
            {step.suggestions.length > 0 && (
              <p className="muted">
                With every suggestion for this request: {DECISION_WORDS[step.decisionAfter]}.
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
});
