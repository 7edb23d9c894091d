import { memo } from 'react';
import { GridLines, linePath } from '../../../components/chart';
import type { Projection } from '../../../domain/lifecycle/projection';
import { day, formatUsd } from './format';
import { Table } from '../../../components/Table';

const W = 640;
const H = 220;
const PAD = { left: 64, right: 14, top: 14, bottom: 32 };

interface Props {
  id: string;
  projection: Projection;
  /** "images" or "objects", for the title. */
  what: string;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

/** Monthly storage cost over the coming days, with the policy and without; a table repeats it. */
export const CostChart = memo(function CostChart({ id, projection, what }: Props) {
  const { points } = projection;
  const last = points[points.length - 1]!;
  const first = points[0]!;
  const days = last.day || 1;
  const top = niceMax(
    Math.max(...points.map((p) => Math.max(p.withPolicy, p.withoutPolicy))) * 1.05,
  );
  const x = (d: number) => PAD.left + (d / days) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const line = (pick: (p: (typeof points)[number]) => number) =>
    linePath(points.map((p) => [x(p.day), y(pick(p))]));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const dayTicks = [0, Math.round(days / 3), Math.round((2 * days) / 3), days];
  const step = Math.max(1, Math.round(days / 10));
  const rows = points.filter((p) => p.day % step === 0 || p.day === days);
  const saving =
    last.withoutPolicy > 0 ? Math.round((1 - last.withPolicy / last.withoutPolicy) * 100) : 0;
  const title = `Monthly storage cost of these ${what} over the next ${days} days: ${formatUsd(first.withoutPolicy)} a month now; on day ${days}, ${formatUsd(last.withPolicy)} with the policy against ${formatUsd(last.withoutPolicy)} without it${projection.hasPolicy ? ` (${saving} % less)` : ' (there is no valid policy)'}.`;
  return (
    <figure className="lc-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <GridLines values={ticks} y={y} left={PAD.left} right={W - PAD.right} label={formatUsd} />
        {dayTicks.map((d) => (
          <text
            key={d}
            x={x(d)}
            y={H - 10}
            textAnchor={d === 0 ? 'start' : d === days ? 'end' : 'middle'}
            fontSize="12"
            fill="var(--color-muted)"
          >
            {d === 0 ? 'now' : `+${d} d`}
          </text>
        ))}
        <path
          d={line((p) => p.withoutPolicy)}
          fill="none"
          stroke="var(--color-muted)"
          strokeWidth="2"
          strokeDasharray="6 4"
        />
        <path
          d={line((p) => p.withPolicy)}
          fill="none"
          stroke="var(--color-accent)"
          strokeWidth="2.5"
        />
      </svg>
      <figcaption className="lc-legend">
        <span className="lc-key lc-key-with" aria-hidden="true" /> with the policy{' '}
        <span className="lc-key lc-key-without" aria-hidden="true" /> without any policy · USD per
        month (list prices, us-east-1)
      </figcaption>
      <details>
        <summary>The cost as a table</summary>
        <Table
          label="Monthly storage cost by day"
          head={['Day', 'Date', 'With the policy', 'Without']}
        >
          <tbody>
            {rows.map((p) => (
              <tr key={p.day}>
                <td>{p.day === 0 ? 'now' : `+${p.day}`}</td>
                <td>{day(p.at)}</td>
                <td>{formatUsd(p.withPolicy)}</td>
                <td>{formatUsd(p.withoutPolicy)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
});
