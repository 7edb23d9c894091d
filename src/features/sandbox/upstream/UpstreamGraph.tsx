import { memo, useMemo, type CSSProperties } from 'react';
import { ArrowMarker } from '../../../components/ArrowMarker';
import { polylinePath } from '../../../components/svgPath';
import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';
import { GraphDescription } from './GraphDescription';
import { NODE_HEIGHT, NODE_WIDTH, upstreamGraphOf, type RepoNode } from './graphModel';
import './upstream.css';

// Badge widths from their text: the graph is drawn before any font is measured (also in the
// prerender), so each character counts at a little over the badge font's average width.
const BADGE_CHAR = 6.6;
const BADGE_PAD = 12;

interface Badge {
  text: string;
  tone: string;
  x: number;
  width: number;
}

/** The node's badges, left to right along its bottom row. */
function badgesOf(node: RepoNode): Badge[] {
  const shown = [
    node.order !== null && { text: `#${node.order + 1}`, tone: '' },
    node.served && { text: 'served', tone: 'hit' },
    node.order !== null &&
      !node.served &&
      node.kind === 'repository' && { text: 'miss', tone: 'miss' },
    node.retained && { text: 'kept', tone: 'kept' },
    !node.available && { text: 'outage', tone: 'miss' },
  ].filter((b): b is { text: string; tone: string } => Boolean(b));
  return shown.reduce<Badge[]>((row, badge) => {
    const last = row.at(-1);
    const x = last ? last.x + last.width + 4 : 10;
    return [...row, { ...badge, x, width: badge.text.length * BADGE_CHAR + BADGE_PAD }];
  }, []);
}

function RepoBox({ node, at }: { node: RepoNode; at: { x: number; y: number } }) {
  return (
    <g
      className="graph-node"
      transform={`translate(${at.x} ${at.y})`}
      data-kind={node.kind}
      data-searched={node.order !== null}
      data-served={node.served}
      data-unavailable={!node.available}
    >
      <rect
        className="graph-node-box"
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={8}
        style={
          node.order !== null
            ? ({ animationDelay: `${node.order * 0.35}s` } as CSSProperties)
            : undefined
        }
      />
      <text className="graph-node-name" x={10} y={20}>
        {node.id}
      </text>
      <text className="graph-node-detail" x={10} y={38}>
        {node.detail}
      </text>
      {badgesOf(node).map(({ text, tone, x, width }) => (
        <g key={text} className={`graph-badge ${tone}`}>
          <rect x={x} y={48} width={width} height={17} rx={8.5} />
          <text x={x + width / 2} y={60.5} textAnchor="middle">
            {text}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Repositories and public registries as a graph, upstream priority on the edges: one SVG, laid
 * out by dagre and scaled to the width by its viewBox, so it is drawn in the prerendered page
 * and needs no script to fit. The figure's caption says the same in words.
 */
export const UpstreamGraph = memo(function UpstreamGraph({
  scenario,
}: {
  scenario: UpstreamScenario;
}) {
  const { nodes, edges, layout } = useMemo(() => upstreamGraphOf(scenario), [scenario]);
  return (
    <figure className="graph-figure">
      <div className="graph-canvas">
        <svg
          className="graph-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          style={{ maxWidth: layout.width }}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <ArrowMarker id="upstream-arrow" colour="var(--color-muted)" />
          </defs>
          {edges.map((edge) => {
            const route = layout.routes.get(edge.id) ?? [];
            const mid = route[Math.floor(route.length / 2)];
            return (
              <g key={edge.id} className="graph-edge" data-connection={edge.connection}>
                <path d={polylinePath(route)} markerEnd="url(#upstream-arrow)" />
                {mid && (
                  <text x={mid.x} y={mid.y + 4} textAnchor="middle">
                    {edge.label}
                  </text>
                )}
              </g>
            );
          })}
          {nodes.map((node) => (
            <RepoBox key={node.id} node={node} at={layout.positions.get(node.id)!} />
          ))}
        </svg>
      </div>
      <figcaption>
        <GraphDescription scenario={scenario} />
      </figcaption>
    </figure>
  );
});
