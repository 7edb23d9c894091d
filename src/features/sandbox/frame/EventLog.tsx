import type { SimulatorStep } from '../../../machines/simulator';

interface EventLogProps<S> {
  steps: SimulatorStep<S, unknown>[];
  index: number;
  onGoto: (index: number) => void;
}

/** Every event so far; the current one is marked, later (undone) ones are dimmed. */
export function EventLog<S>({ steps, index, onGoto }: EventLogProps<S>) {
  return (
    <section className="card event-log" aria-labelledby="event-log-heading">
      <h2 id="event-log-heading">Event log</h2>
      <ol>
        {steps.map((step, i) => (
          <li key={i} data-future={i > index}>
            <button
              type="button"
              className="log-entry"
              aria-current={i === index ? 'step' : undefined}
              onClick={() => onGoto(i)}
            >
              <span className="log-index">{i}</span> {step.summary}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
