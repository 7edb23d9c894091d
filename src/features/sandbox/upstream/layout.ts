import { Graph, layout } from '@dagrejs/dagre';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LaidOutGraph {
  width: number;
  height: number;
  /** Each node's top-left corner. */
  positions: Map<string, { x: number; y: number }>;
  /** Each edge's route, by `source->target`. */
  routes: Map<string, { x: number; y: number }[]>;
}

/** Top-to-bottom layered layout: requesting repositories above the repositories they pull from. */
export function layeredLayout(
  nodes: LayoutNode[],
  edges: { source: string; target: string }[],
): LaidOutGraph {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 64, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.source, e.target);
  layout(g);
  const size = g.graph() as { width?: number; height?: number };
  return {
    width: size.width ?? 0,
    height: size.height ?? 0,
    positions: new Map(
      nodes.map((n) => {
        const p = g.node(n.id) as { x: number; y: number };
        return [n.id, { x: p.x - n.width / 2, y: p.y - n.height / 2 }];
      }),
    ),
    routes: new Map(
      edges.map((e) => [
        `${e.source}->${e.target}`,
        (g.edge(e.source, e.target) as { points: { x: number; y: number }[] }).points,
      ]),
    ),
  };
}
