import {
  Background,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './upstream.css';
import { memo, useMemo } from 'react';
import type { UpstreamScenario } from '../../../domain/codeartifact/scenario';
import { layeredLayout } from './layout';

type RepoData = {
  label: string;
  kind: 'repository' | 'registry';
  detail: string;
  order: number | null;
  served: boolean;
  retained: boolean;
  available: boolean;
};

const W = 190;
const H = 74;

function RepoNode({ data }: NodeProps<Node<RepoData>>) {
  return (
    <div
      className="graph-node"
      data-kind={data.kind}
      data-searched={data.order !== null}
      data-served={data.served}
      data-unavailable={!data.available}
      style={data.order !== null ? { animationDelay: `${data.order * 0.35}s` } : undefined}
    >
      <Handle type="target" position={Position.Top} />
      <span className="graph-node-name">{data.label}</span>
      <span className="graph-node-detail">{data.detail}</span>
      <span className="graph-badges">
        {data.order !== null && <span className="badge">#{data.order + 1}</span>}
        {data.served && <span className="badge badge-hit">served</span>}
        {data.order !== null && !data.served && data.kind === 'repository' && (
          <span className="badge badge-miss">miss</span>
        )}
        {data.retained && <span className="badge badge-kept">kept</span>}
        {!data.available && <span className="badge badge-miss">outage</span>}
      </span>
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}

const nodeTypes = { repo: RepoNode };

/** Repositories and public registries as a graph; upstream priority on the edges. */
export const UpstreamGraph = memo(function UpstreamGraph({
  scenario,
}: {
  scenario: UpstreamScenario;
}) {
  const { nodes, edges } = useMemo(() => {
    const { domain, lastRequest } = scenario;
    const searched = lastRequest?.searched ?? [];
    const repoNames = Object.keys(domain.repositories);
    const connections = [
      ...new Set(
        Object.values(domain.repositories).flatMap((r) =>
          r.externalConnection ? [r.externalConnection] : [],
        ),
      ),
    ];
    const key = lastRequest ? `${lastRequest.package}` : null;
    const rawNodes: Node<RepoData>[] = [
      ...repoNames.map((name) => {
        const repo = domain.repositories[name]!;
        const versions = key ? (repo.packages[key]?.versions ?? []) : [];
        return {
          id: name,
          type: 'repo',
          position: { x: 0, y: 0 },
          data: {
            label: name,
            kind: 'repository' as const,
            detail: `${Object.keys(repo.packages).length} package${Object.keys(repo.packages).length === 1 ? '' : 's'}`,
            order: searched.includes(name) ? searched.indexOf(name) : null,
            served: lastRequest?.servedBy === name,
            retained: Boolean(lastRequest && versions.includes(lastRequest.version)),
            available: true,
          },
        };
      }),
      ...connections.map((conn) => ({
        id: conn,
        type: 'repo',
        position: { x: 0, y: 0 },
        data: {
          label: conn,
          kind: 'registry' as const,
          detail: 'public registry',
          order: lastRequest?.servedBy === conn ? searched.length : null,
          served: lastRequest?.servedBy === conn,
          retained: false,
          available: domain.registries[conn]?.available ?? true,
        },
      })),
    ];
    const rawEdges: Edge[] = [
      ...repoNames.flatMap((name) =>
        domain.repositories[name]!.upstreams.filter((u) => domain.repositories[u]).map((u, i) => ({
          id: `${name}->${u}`,
          source: name,
          target: u,
          label: `upstream ${i + 1}`,
          markerEnd: { type: MarkerType.ArrowClosed },
        })),
      ),
      ...repoNames.flatMap((name) => {
        const conn = domain.repositories[name]!.externalConnection;
        return conn
          ? [
              {
                id: `${name}->${conn}`,
                source: name,
                target: conn,
                label: 'external connection',
                animated: true,
                markerEnd: { type: MarkerType.ArrowClosed },
              },
            ]
          : [];
      }),
    ];
    const positions = layeredLayout(
      rawNodes.map((n) => ({ id: n.id, width: W, height: H })),
      rawEdges,
    );
    return {
      nodes: rawNodes.map((n) => ({ ...n, position: positions.get(n.id)! })),
      edges: rawEdges,
    };
  }, [scenario]);

  return (
    <figure className="graph-figure">
      <div className="graph-canvas" aria-hidden="true">
        <ReactFlow
          key={nodes.map((n) => n.id).join()}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          fitView
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={0.3}
        >
          <Background />
        </ReactFlow>
      </div>
      <figcaption>
        <GraphDescription scenario={scenario} />
      </figcaption>
    </figure>
  );
});

/** The same graph as text: every repository, its upstreams in order, its connection, the last walk. */
function GraphDescription({ scenario }: { scenario: UpstreamScenario }) {
  const { domain, lastRequest } = scenario;
  return (
    <details className="graph-text" open>
      <summary>Repositories, upstreams and what each one holds</summary>
      <ul>
        {Object.entries(domain.repositories).map(([name, repo]) => (
          <li key={name}>
            <strong>{name}</strong>
            {repo.upstreams.length
              ? ` — upstreams in order: ${repo.upstreams.join(', ')}`
              : ' — no upstreams'}
            {repo.externalConnection
              ? ` — external connection: ${repo.externalConnection}${domain.registries[repo.externalConnection]?.available === false ? ' (outage)' : ''}`
              : ''}
            {Object.keys(repo.packages).length > 0 && (
              <ul className="repo-packages">
                {Object.entries(repo.packages).map(([key, record]) => (
                  <li key={key}>
                    <code>{key}</code>:{' '}
                    {record.versions.length ? record.versions.join(', ') : 'no versions'}
                    {record.origin
                      ? ` · publish ${record.origin.publish}, upstream ${record.origin.upstream}`
                      : record.versions.length
                        ? ' · origin controls ALLOW/ALLOW (legacy)'
                        : ''}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {lastRequest && (
        <p>
          Last request: {lastRequest.package}@{lastRequest.version} from {lastRequest.repo} →{' '}
          {lastRequest.status}
          {lastRequest.searched.length ? `; searched ${lastRequest.searched.join(' → ')}` : ''}
          {lastRequest.servedBy ? `; served by ${lastRequest.servedBy}` : ''}
          {lastRequest.retainedIn.length
            ? `; now kept in ${lastRequest.retainedIn.join(', ')}`
            : ''}
          .
        </p>
      )}
    </details>
  );
}
