import type { ReactNode } from 'react';

/** An SVG path through points in order: "M x,y L x,y …". */
export function linePath(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

/** Horizontal grid lines across the plot, each labelled on the left axis. */
export function GridLines({
  values,
  y,
  left,
  right,
  label,
  dashed,
}: {
  values: readonly number[];
  /** Where a value sits vertically. */
  y: (value: number) => number;
  left: number;
  right: number;
  label: (value: number) => ReactNode;
  /** A value whose line is dashed (a threshold such as the pass mark). */
  dashed?: number;
}) {
  return values.map((v) => (
    <g key={v}>
      <line
        x1={left}
        x2={right}
        y1={y(v)}
        y2={y(v)}
        stroke="var(--color-border)"
        strokeDasharray={v === dashed ? '6 4' : undefined}
      />
      <text x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="var(--color-muted)">
        {label(v)}
      </text>
    </g>
  ));
}
