import type { SimulatorStep } from '../../../machines/simulator';

/** Why the current step's outcome happened, in words, one rule per line. */
export function TracePanel<S>({ step, index }: { step: SimulatorStep<S, unknown>; index: number }) {
  return (
    <section className="card trace-panel" aria-labelledby="trace-heading" aria-live="polite">
      <h2 id="trace-heading">Why: step {index}</h2>
      <p className="trace-summary">{step.summary}</p>
      {step.trace.length === 0 ? (
        <p className="muted">
          Nothing has happened yet. Use the controls to send a request or change the setup.
        </p>
      ) : (
        <ol className="trace-lines">
          {step.trace.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
