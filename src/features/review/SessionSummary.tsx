import { describeCounts } from '../../components/review/kindNames';
import { dueInWords, type QueueKind } from '../../domain/review';

export interface Reviewed {
  kind: QueueKind;
  id: string;
  title: string;
  due: number;
}

/** What was just reviewed, and when each item comes back. */
export function SessionSummary({ reviewed, now }: { reviewed: Reviewed[]; now: number }) {
  const counts: Partial<Record<QueueKind, number>> = {};
  for (const r of reviewed) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return (
    <section aria-labelledby="session-summary" className="card">
      <h2 id="session-summary">Rescheduled</h2>
      <p role="status">Well done — you reviewed {describeCounts(counts)}.</p>
      <ul className="rescheduled">
        {reviewed.map((r) => (
          <li key={r.id}>
            <span>{r.title}</span> <span className="muted">due {dueInWords(r.due, now)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
