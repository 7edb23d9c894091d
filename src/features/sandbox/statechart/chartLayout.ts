import dagre from '@dagrejs/dagre';
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';
import { stateWords } from './stateWords';

export interface ChartNode {
  /** The state's path in the machine, e.g. 'miss' (what recorded frames name). */
  path: string;
  label: string;
  final: boolean;
  initial: boolean;
  description: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  points: { x: number; y: number }[];
}

export interface ChartLayout {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** What a transition waits for: an event, a delay, or the domain's decision its guard reads. */
function edgeLabel(transition: AnyTransitionDefinition): string {
  const event = transition.eventType;
  if (event.startsWith('xstate.after')) return 'on its date';
  if (event && !event.startsWith('xstate.')) return event;
  const guard = transition.guard as { type?: string; params?: Record<string, string> } | undefined;
  if (guard?.params) return Object.values(guard.params).map(stateWords).join(' ');
  if (event.startsWith('xstate.done')) return 'done';
  return guard?.type ? stateWords(guard.type) : '';
}

function leaves(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

/** Every transition out of a state: on events, after delays, and eventless ones. */
function transitionsOf(node: AnyStateNode): AnyTransitionDefinition[] {
  const all = [
    ...Object.values(node.on).flat(),
    ...node.after,
    ...(node.always ?? []),
  ] as AnyTransitionDefinition[];
  return [...new Set(all)];
}

/** Lays a machine's own definition out as a graph: its states and the transitions between them. */
export function layoutMachine(machine: AnyStateMachine): ChartLayout {
  const states = leaves(machine.root);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const initial = new Set(
    (machine.root.initial?.target ?? []).map((t: { path: string[] }) => t.path.join('.')),
  );
  for (const n of states)
    g.setNode(n.path.join('.'), {
      width: Math.max(96, stateWords(n.key).length * 7.5 + 28),
      height: 34,
    });
  const edges: { id: string; from: string; to: string; label: string }[] = [];
  for (const n of states)
    for (const t of transitionsOf(n)) {
      const from = n.path.join('.');
      const to = t.target?.[0]?.path.join('.');
      if (!to || !g.hasNode(to) || edges.some((x) => x.from === from && x.to === to)) continue;
      const edge = { id: `${from}->${to}`, from, to, label: edgeLabel(t) };
      edges.push(edge);
      g.setEdge(from, to, {}, edge.id);
    }
  dagre.layout(g);
  // edges routed around the nodes can leave the graph's box: shift everything into view
  const points = edges.flatMap((e) => g.edge(e.from, e.to, e.id).points ?? []);
  const boxes = states.map((n) => g.node(n.path.join('.')));
  const left = Math.min(0, ...points.map((p) => p.x - 40), ...boxes.map((b) => b.x - b.width / 2));
  const top = Math.min(0, ...points.map((p) => p.y - 12), ...boxes.map((b) => b.y - b.height / 2));
  const right = Math.max(...points.map((p) => p.x + 40), ...boxes.map((b) => b.x + b.width / 2));
  const bottom = Math.max(...points.map((p) => p.y + 12), ...boxes.map((b) => b.y + b.height / 2));
  const dx = -left;
  const dy = -top;
  return {
    width: Math.ceil(right - left + 8),
    height: Math.ceil(bottom - top + 8),
    nodes: states.map((n) => {
      const path = n.path.join('.');
      const box = g.node(path);
      return {
        path,
        label: stateWords(n.key),
        final: n.type === 'final',
        initial: initial.has(path),
        description: n.description ?? null,
        x: box.x - box.width / 2 + dx,
        y: box.y - box.height / 2 + dy,
        width: box.width,
        height: box.height,
      };
    }),
    edges: edges.map((e) => ({
      ...e,
      points: (g.edge(e.from, e.to, e.id).points ?? []).map((p: { x: number; y: number }) => ({
        x: p.x + dx,
        y: p.y + dy,
      })),
    })),
  };
}
