// @vitest-environment jsdom
import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import scenario from '../../../../content/scenarios/access.json';
import { parseAccessScenario } from '../../../../src/domain/access/challenge';
import { applyAccessAction, type AccessOutcome } from '../../../../src/domain/access/simulation';
import { ResultPanel } from '../../../../src/features/sandbox/access/ResultPanel';
import { useAccessWorkspace } from '../../../../src/features/sandbox/access/useAccessWorkspace';

const start = parseAccessScenario(scenario);
const pulled = applyAccessAction(start, { type: 'journey.run', journey: 'ecr-pull' });
const apply = () => {};

function Panel({ outcome, busy }: { outcome: AccessOutcome | undefined; busy: boolean }) {
  const workspace = useAccessWorkspace(pulled.scenario, outcome, apply);
  return <ResultPanel scenario={pulled.scenario} workspace={workspace} busy={busy} />;
}

describe('ResultPanel', () => {
  it('says it is working while the engine decides, and keeps the last run in view', () => {
    const { rerender } = render(<Panel outcome={pulled.outcome} busy={false} />);
    const panel = screen.getByRole('region', { name: 'Decision' });
    expect(panel).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);
    expect(panel.querySelector('.run-decision')).toHaveTextContent(/^Implicit deny/);

    rerender(<Panel outcome={pulled.outcome} busy />);
    expect(panel).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Working…');
    expect(panel.querySelector('.run-decision')).toHaveTextContent(/^Implicit deny/);
  });

  it('before any run, invites one', () => {
    render(<Panel outcome={undefined} busy />);
    expect(screen.getByText(/^Run a journey or a request/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Working…');
  });
});

describe('useAccessWorkspace', () => {
  it('returns the same workspace while what it holds is unchanged, so memoised panels skip', () => {
    const { result, rerender } = renderHook(
      ({ outcome }) => useAccessWorkspace(pulled.scenario, outcome, apply),
      { initialProps: { outcome: pulled.outcome } },
    );
    const first = result.current;
    rerender({ outcome: pulled.outcome });
    expect(result.current).toBe(first);
    rerender({ outcome: { ...pulled.outcome } });
    expect(result.current).not.toBe(first);
  });
});
