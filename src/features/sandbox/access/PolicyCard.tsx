import {
  getSlot,
  policyKind,
  policyLabel,
  readPolicy,
  type AccessScenario,
  type PolicyId,
} from '../../../domain/access/scenario';
import type { AccessWorkspace } from './useAccessWorkspace';
import { statementName, statementSummary } from './words';

interface PolicyCardProps {
  scenario: AccessScenario;
  id: PolicyId;
  workspace: AccessWorkspace;
}

/**
 * One policy in its account: name (opens it in the editor), state, and its statements, each with
 * a switch for "what if this statement did not exist?" and what it did in the last run.
 */
export function PolicyCard({ scenario, id, workspace }: PolicyCardProps) {
  const slot = getSlot(scenario, id);
  if (!slot) return null;
  const label = policyLabel(scenario, id);
  const full = readPolicy({ text: slot.text, disabled: [] }, policyKind(id));
  const unsaved = workspace.draftOf(id) !== null;
  const selected = workspace.selected === id;
  const state =
    full.status === 'empty'
      ? 'none attached'
      : full.status === 'invalid'
        ? 'invalid'
        : `${full.document.Statement.length} statement${full.document.Statement.length === 1 ? '' : 's'}`;
  return (
    <div className="policy-card" data-selected={selected} data-status={full.status}>
      <div className="policy-card-head">
        <button
          type="button"
          className="policy-open"
          aria-current={selected ? 'true' : undefined}
          onClick={() => workspace.show(id, null)}
        >
          {label}
        </button>
        <span className={`badge${full.status === 'invalid' ? ' badge-miss' : ''}`}>{state}</span>
        {unsaved && <span className="badge badge-kept">unsaved</span>}
      </div>
      {full.status === 'invalid' && (
        <p className="policy-error">
          {full.path ? <code>{full.path}</code> : null} {full.message}
        </p>
      )}
      {full.status === 'valid' && full.document.Statement.length > 0 && (
        <ul className="statement-list" aria-label={`Statements of ${label}`}>
          {full.document.Statement.map((st, i) => {
            const off = slot.disabled.includes(i);
            const mark = workspace.mark(id, i);
            const name = statementName(st, i);
            return (
              <li
                key={i}
                data-off={off}
                data-matched={mark?.matched ?? undefined}
                data-decides={mark?.decides ?? false}
              >
                <input
                  type="checkbox"
                  checked={!off}
                  onChange={() =>
                    workspace.act({ type: 'statement.toggle', policyId: id, index: i })
                  }
                  aria-label={`Statement ${name} of ${label} in force`}
                />
                <button
                  type="button"
                  className="statement-link"
                  onClick={() => workspace.show(id, i)}
                  title="Show this statement in the editor"
                >
                  <span className="statement-effect" data-effect={st.Effect}>
                    {st.Effect}
                  </span>{' '}
                  <span className="statement-name">{name}</span>
                </button>
                {mark?.decides && <span className="badge badge-decides">decides</span>}
                {!mark?.decides && mark?.matched && (
                  <span className="badge">{mark.matched === 'deny' ? 'denied' : 'matched'}</span>
                )}
                {off && <span className="badge">off</span>}
                <span className="statement-summary">{statementSummary(st)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
