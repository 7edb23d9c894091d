import { useId, type CSSProperties } from 'react';
import { ArrowMarker } from '../../../components/ArrowMarker';

/** The upstream graph from the CodeArtifact docs, with the depth-first search order numbered. */

interface Node {
  id: string;
  x: number; // centre
  y: number; // top
  order: number;
}

const W = 96;
const H = 34;

const nodes: Node[] = [
  { id: 'my_repo', x: 180, y: 16, order: 1 },
  { id: 'A', x: 110, y: 96, order: 2 },
  { id: 'B', x: 280, y: 96, order: 6 },
  { id: 'C', x: 62, y: 176, order: 3 },
  { id: 'D', x: 178, y: 176, order: 4 },
  { id: 'E', x: 178, y: 256, order: 5 },
];

/** parent → upstream, in the parent's upstream-list order */
const edges: [string, string][] = [
  ['my_repo', 'A'],
  ['my_repo', 'B'],
  ['A', 'C'],
  ['A', 'D'],
  ['D', 'E'],
];

const byId = new Map(nodes.map((n) => [n.id, n]));

const box: CSSProperties = {
  fill: 'var(--color-surface)',
  stroke: 'var(--color-border)',
  strokeWidth: 1.5,
};
const label: CSSProperties = { fill: 'var(--color-text)', fontSize: 15, fontFamily: 'inherit' };
const edge: CSSProperties = { stroke: 'var(--color-muted)', strokeWidth: 1.5, fill: 'none' };
const badge: CSSProperties = { fill: 'var(--color-accent)' };
const badgeText: CSSProperties = {
  fill: 'var(--color-surface)',
  fontSize: 12,
  fontWeight: 700,
  fontFamily: 'inherit',
};
const note: CSSProperties = { fill: 'var(--color-muted)', fontSize: 12, fontFamily: 'inherit' };

export default function UpstreamChain() {
  const base = useId();
  const titleId = `${base}-title`;
  const descId = `${base}-desc`;
  const arrowId = `${base}-arrow`;

  return (
    <figure className="diagram">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox="0 0 360 316"
        width="100%"
        style={{ maxWidth: 520, height: 'auto', display: 'block', margin: '0 auto' }}
      >
        <title id={titleId}>Upstream search order for my_repo</title>
        <desc id={descId}>
          A tree of CodeArtifact repositories. my_repo has two upstream repositories, A listed first
          and B listed second. A has two upstream repositories, C first and D second. D has one
          upstream repository, E. A request to my_repo searches depth-first in list order: 1
          my_repo, 2 A, 3 C, 4 D, 5 E, and 6 B last, stopping at the first repository that has the
          package version.
        </desc>
        <defs>
          <ArrowMarker id={arrowId} colour="var(--color-muted)" />
        </defs>

        {edges.map(([from, to]) => {
          const a = byId.get(from)!;
          const b = byId.get(to)!;
          return (
            <line
              key={`${from}-${to}`}
              x1={a.x}
              y1={a.y + H}
              x2={b.x}
              y2={b.y - 2}
              style={edge}
              markerEnd={`url(#${arrowId})`}
            />
          );
        })}

        {nodes.map((n) => (
          <g key={n.id}>
            <rect x={n.x - W / 2} y={n.y} width={W} height={H} rx={8} style={box} />
            <text
              x={n.x}
              y={n.y + H / 2}
              textAnchor="middle"
              dominantBaseline="central"
              style={label}
            >
              {n.id}
            </text>
            <circle cx={n.x - W / 2} cy={n.y} r={11} style={badge} />
            <text
              x={n.x - W / 2}
              y={n.y}
              textAnchor="middle"
              dominantBaseline="central"
              style={badgeText}
            >
              {n.order}
            </text>
          </g>
        ))}

        <text x={246} y={200} style={note}>
          <tspan x={246} dy={0}>
            Arrows point to
          </tspan>
          <tspan x={246} dy={16}>
            upstreams, left
          </tspan>
          <tspan x={246} dy={16}>
            to right in list
          </tspan>
          <tspan x={246} dy={16}>
            order. Numbers
          </tspan>
          <tspan x={246} dy={16}>
            give search order.
          </tspan>
        </text>
      </svg>
      <figcaption>
        Depth-first in upstream-list order: my_repo, A, C, D, E, then B. The search stops at the
        first repository that has the version.
      </figcaption>
    </figure>
  );
}
