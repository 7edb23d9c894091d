import { Link } from 'react-router-dom';
import { KIND_NAMES } from '../../components/review/kindNames';
import { QUEUE_KINDS, type QueueCounts, type QueueKind } from '../../domain/review';

/** The kinds to review, each a link with what is due and new; the current one is marked. */
export function ReviewFilter({
  current,
  lesson,
  counts,
}: {
  current: QueueKind | null;
  lesson: string | undefined;
  counts: QueueCounts | undefined;
}) {
  const href = (kind: QueueKind | null) => {
    const params = new URLSearchParams();
    if (kind) params.set('kind', kind);
    if (lesson) params.set('lesson', lesson);
    const query = params.toString();
    return `/review${query ? `?${query}` : ''}`;
  };
  const total = counts
    ? QUEUE_KINDS.reduce((n, k) => ({ due: n.due + counts[k].due, new: n.new + counts[k].new }), {
        due: 0,
        new: 0,
      })
    : undefined;
  const entries: { kind: QueueKind | null; label: string; count?: { due: number; new: number } }[] =
    [
      { kind: null, label: 'All', ...(total ? { count: total } : {}) },
      ...QUEUE_KINDS.map((kind) => ({
        kind,
        label: KIND_NAMES[kind].filter,
        ...(counts ? { count: counts[kind] } : {}),
      })),
    ];
  return (
    <nav aria-label="What to review" className="review-kinds">
      <ul>
        {entries.map(({ kind, label, count }) => (
          <li key={label}>
            <Link to={href(kind)} aria-current={kind === current ? 'page' : undefined}>
              {label}
              {/* The count's line is there before the counts are, so the links keep their height. */}
              <span className="review-kinds-count">
                {count ? `${count.due} due${count.new > 0 ? ` · ${count.new} new` : ''}` : '\u00a0'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
