import { Link } from 'react-router-dom';

export interface BarDatum {
  key: string;
  label: string;
  /** A longer description shown under the label. */
  detail?: string;
  correct: number;
  total: number;
  href?: string;
}

/** Horizontal bars of correct/total, readable as a plain list by screen readers. */
export function Bars({ data, caption }: { data: BarDatum[]; caption: string }) {
  return (
    <figure className="bars">
      <figcaption className="bars-caption">{caption}</figcaption>
      <ul>
        {data.map((d) => {
          const percent = d.total === 0 ? 0 : Math.round((d.correct / d.total) * 100);
          return (
            <li key={d.key} className="bar-row">
              <span className="bar-label">
                {d.href ? <Link to={d.href}>{d.label}</Link> : d.label}
                {d.detail && <span className="bar-detail">{d.detail}</span>}
              </span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className="bar-fill"
                  data-level={percent >= 75 ? 'good' : percent >= 50 ? 'fair' : 'poor'}
                  style={{ width: `${percent}%` }}
                />
              </span>
              <span className="bar-value">
                {d.correct}/{d.total} ({percent}%)
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
