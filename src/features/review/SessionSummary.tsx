import { describeCounts } from '../../components/review/kindNames';
import { dueInWords, type QueueKind } from '../../domain/review';

export interface Reviewed {
  kind: QueueKind;
  id: string;
  title: string;
  /** When it was reviewed, and when that review scheduled it next (epoch ms). */
  at: number;
  due: number;
}

/** What was reviewed in this session, and when each item comes back; `finished` adds the tally. */
export function SessionSummary({
  reviewed,
  finished = false,
}: {
  reviewed: Reviewed[];
  finished?: boolean;
}) {
  const counts: Partial<Record<QueueKind, number>> = {};
  for (const r of reviewed) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return (
    <section aria-labelledby="session-summary" className="card">
      <h2 id="session-summary">Rescheduled</h2>
      {finished && <p role="status">Well done — you reviewed {describeCounts(counts)}.</p>}
      <ul className="rescheduled">
        {[...reviewed].reverse().map((r) => (
          <li key={r.id}>
            <span>{r.title}</span> <span className="muted">due {dueInWords(r.due, r.at)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
