import { use, useEffect, useRef, useState } from 'react';
import type { ProcessMachineId } from '../../../domain/simulation';
import { chartLayoutOf } from './chartLayoutOf';
import { ArrowMarker } from '../../../components/ArrowMarker';
import { polylinePath } from '../../../components/svgPath';

interface StatechartDiagramProps {
  machine: ProcessMachineId;
  /** The state the actor is in at the shown step. */
  active: string | null;
  /** The state it came from, to show the transition just taken. */
  previous: string | null;
  visited: ReadonlySet<string>;
}

/**
 * The machine drawn from its own definition (@xstate/graph + dagre): states as a list of boxes
 * over an edge layer, scaled to fit; the active state carries aria-current="step".
 */
export default function StatechartDiagram({
  machine,
  active,
  previous,
  visited,
}: StatechartDiagramProps) {
  // Suspends (the panel shows "Drawing the machine…") until the worker has laid it out.
  const layout = use(chartLayoutOf(machine));
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // The observer reports the width once laid out (also at first), so reading it forces no
    // layout of its own.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setScale(Math.min(1, entry.contentRect.width / Math.max(1, layout.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [layout.width]);
  return (
    <div ref={box} className="statechart-canvas" style={{ height: layout.height * scale }}>
      <div
        className="statechart-plane"
        style={{ width: layout.width, height: layout.height, transform: `scale(${scale})` }}
      >
        <svg
          className="statechart-edges"
          width={layout.width}
          height={layout.height}
          aria-hidden="true"
          focusable="false"
        >
          <defs>
            <ArrowMarker id={`arrow-${machine}`} colour="var(--color-muted)" />
          </defs>
          {layout.edges.map((edge) => {
            const taken = edge.from === previous && edge.to === active;
            // only the ways out of the active state (and the one just taken) are labelled
            const labelled = taken || edge.from === active;
            const mid = edge.points[Math.floor(edge.points.length / 2)];
            return (
              <g
                key={edge.id}
                className={`statechart-edge${taken ? ' taken' : ''}${labelled ? ' open' : ''}`}
              >
                <path d={polylinePath(edge.points)} markerEnd={`url(#arrow-${machine})`} />
                {labelled && mid && edge.label && (
                  <text x={mid.x + 4} y={mid.y - 3}>
                    {edge.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <ol className="statechart-states">
          {layout.nodes.map((node) => (
            <li
              key={node.path}
              className={[
                'statechart-state',
                node.final ? 'final' : '',
                visited.has(node.path) ? 'visited' : '',
                node.path === active ? 'active' : '',
              ].join(' ')}
              aria-current={node.path === active ? 'step' : undefined}
              title={node.description ?? undefined}
              style={{ left: node.x, top: node.y, width: node.width, height: node.height }}
            >
              {node.initial && <span className="visually-hidden">initial state: </span>}
              {node.label}
              {node.final && <span className="visually-hidden"> (final)</span>}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
