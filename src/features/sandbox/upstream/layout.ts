import { Graph, layout } from '@dagrejs/dagre';
import stored from './storedLayouts.json';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

type Point = { x: number; y: number };

export interface LaidOutGraph {
  width: number;
  height: number;
  /** Each node's top-left corner. */
  positions: Map<string, Point>;
  /** Each edge's route, by `source->target`. */
  routes: Map<string, Point[]>;
}

/** A layout as JSON: what storedLayouts.json holds. */
export interface StoredLayout {
  width: number;
  height: number;
  positions: Record<string, Point>;
  routes: Record<string, Point[]>;
}

/** What a layout depends on: the nodes (in order, with their sizes) and the edges. */
export const layoutKey = (nodes: LayoutNode[], edges: LayoutEdge[]): string =>
  `${nodes.map((n) => `${n.id} ${n.width}x${n.height}`).join(', ')} | ${edges
    .map((e) => `${e.source}->${e.target}`)
    .join(', ')}`;

/** Top-to-bottom layered layout by dagre: requesting repositories above those they pull from. */
export function dagreLayout(nodes: LayoutNode[], edges: LayoutEdge[]): StoredLayout {
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
    positions: Object.fromEntries(
      nodes.map((n) => {
        const p = g.node(n.id) as Point;
        return [n.id, { x: p.x - n.width / 2, y: p.y - n.height / 2 }];
      }),
    ),
    routes: Object.fromEntries(
      edges.map((e) => [
        `${e.source}->${e.target}`,
        (g.edge(e.source, e.target) as { points: Point[] }).points.map(({ x, y }) => ({ x, y })),
      ]),
    ),
  };
}

// dagre's first layout on a page takes tens of milliseconds on a phone (its code is still cold),
// in the middle of hydration. The shipped scenarios' layouts are stored (a test keeps them equal
// to dagre's), so a page opens without running it; any other graph is laid out once and kept.
const known = new Map<string, StoredLayout>(Object.entries(stored as Record<string, StoredLayout>));

/** The graph laid out: a stored or already computed layout, else dagre's. */
export function layeredLayout(nodes: LayoutNode[], edges: LayoutEdge[]): LaidOutGraph {
  const key = layoutKey(nodes, edges);
  let found = known.get(key);
  if (!found) known.set(key, (found = dagreLayout(nodes, edges)));
  return {
    width: found.width,
    height: found.height,
    positions: new Map(Object.entries(found.positions)),
    routes: new Map(Object.entries(found.routes)),
  };
}
