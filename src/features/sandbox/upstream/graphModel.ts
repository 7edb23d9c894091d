import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';
import { layeredLayout, type LaidOutGraph } from './layout';

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 74;

export interface RepoNode {
  id: string;
  kind: 'repository' | 'registry';
  detail: string;
  /** Its place in the last request's search (0 first), null when not searched. */
  order: number | null;
  served: boolean;
  /** It keeps the last requested version now. */
  retained: boolean;
  available: boolean;
}

export interface RepoEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  connection: boolean;
}

export interface UpstreamGraphModel {
  nodes: RepoNode[];
  edges: RepoEdge[];
  layout: LaidOutGraph;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The scenario's repositories and registries, their upstream and connection edges, laid out. */
export function upstreamGraphOf({ domain, lastRequest }: UpstreamScenario): UpstreamGraphModel {
  const searched = lastRequest?.searched ?? [];
  const repoNames = Object.keys(domain.repositories);
  const connections = [
    ...new Set(repoNames.flatMap((n) => domain.repositories[n]!.externalConnection ?? [])),
  ];
  const nodes: RepoNode[] = [
    ...repoNames.map((name) => {
      const repo = domain.repositories[name]!;
      const versions = lastRequest ? (repo.packages[lastRequest.package]?.versions ?? []) : [];
      return {
        id: name,
        kind: 'repository' as const,
        detail: plural(Object.keys(repo.packages).length, 'package'),
        order: searched.includes(name) ? searched.indexOf(name) : null,
        served: lastRequest?.servedBy === name,
        retained: Boolean(lastRequest && versions.includes(lastRequest.version)),
        available: true,
      };
    }),
    ...connections.map((conn) => ({
      id: conn,
      kind: 'registry' as const,
      detail: 'public registry',
      order: lastRequest?.servedBy === conn ? searched.length : null,
      served: lastRequest?.servedBy === conn,
      retained: false,
      available: domain.registries[conn]?.available ?? true,
    })),
  ];
  const edges: RepoEdge[] = repoNames.flatMap((name) => {
    const repo = domain.repositories[name]!;
    const upstreams = repo.upstreams
      .filter((u) => domain.repositories[u])
      .map((u, i) => ({ source: name, target: u, label: `upstream ${i + 1}`, connection: false }));
    const conn = repo.externalConnection;
    const external = conn
      ? [{ source: name, target: conn, label: 'external connection', connection: true }]
      : [];
    return [...upstreams, ...external].map((e) => ({ ...e, id: `${e.source}->${e.target}` }));
  });
  const layout = layeredLayout(
    nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges,
  );
  return { nodes, edges, layout };
}
