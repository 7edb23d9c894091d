import { GridLines, linePath } from '../../components/chart';
import { PASS_PERCENT } from '../../domain/quiz/scoring';
import { Table } from '../../components/Table';
import { formatDateTime } from './dateFormats';

export interface ScorePoint {
  at: string;
  percent: number;
  label: string;
}

const W = 640;
const H = 220;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

/** Score history as a line over time, with the pass line; a table repeats it for screen readers. */
export function ScoreChart({ points }: { points: ScorePoint[] }) {
  const xs = points.map((p) => Date.parse(p.at));
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const x = (t: number) =>
    PAD.left +
    (max === min
      ? (W - PAD.left - PAD.right) / 2
      : ((t - min) / (max - min)) * (W - PAD.left - PAD.right));
  const y = (p: number) => PAD.top + (1 - p / 100) * (H - PAD.top - PAD.bottom);
  const path = linePath(points.map((p) => [x(Date.parse(p.at)), y(p.percent)]));
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="score-chart-title">
        <title id="score-chart-title">
          Quiz scores over time, {points.length} quizzes; the pass line is {PASS_PERCENT} %.
        </title>
        <GridLines
          values={[0, 25, 50, 75, 100]}
          y={y}
          left={PAD.left}
          right={W - PAD.right}
          label={(v) => `${v}%`}
          dashed={PASS_PERCENT}
        />
        <path d={path} fill="none" stroke="var(--color-accent)" strokeWidth="2.5" />
        {points.map((p) => (
          <circle
            key={p.at}
            cx={x(Date.parse(p.at))}
            cy={y(p.percent)}
            r="4"
            fill="var(--color-accent)"
          />
        ))}
      </svg>
      <details>
        <summary>Scores as a table</summary>
        <Table head={['When', 'Quiz', 'Score']}>
          <tbody>
            {points.map((p) => (
              <tr key={p.at}>
                <td>{formatDateTime(p.at)}</td>
                <td>{p.label}</td>
                <td>{p.percent}%</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </details>
    </figure>
  );
}
