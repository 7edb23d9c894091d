import { Graph, layout } from '@dagrejs/dagre';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** Top-to-bottom layered layout: requesting repositories above the repositories they pull from. */
export function layeredLayout(nodes: LayoutNode[], edges: { source: string; target: string }[]) {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 36, ranksep: 64, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.source, e.target);
  layout(g);
  return new Map(
    nodes.map((n) => {
      const p = g.node(n.id) as { x: number; y: number };
      return [n.id, { x: p.x - n.width / 2, y: p.y - n.height / 2 }];
    }),
  );
}
