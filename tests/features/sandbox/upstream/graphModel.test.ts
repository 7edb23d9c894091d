import { describe, expect, it } from 'vitest';
import scenarioJson from '../../../../content/scenarios/upstream.json';
import { parseUpstreamScenario } from '../../../../src/domain/codeartifact/challenge';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  upstreamGraphOf,
} from '../../../../src/features/sandbox/upstream/graphModel';

const scenario = parseUpstreamScenario(scenarioJson);

describe('upstreamGraphOf', () => {
  it('has a node per repository and registry, and an edge per upstream and connection', () => {
    const { nodes, edges } = upstreamGraphOf(scenario);
    expect(nodes.map((n) => `${n.kind}:${n.id}`)).toEqual([
      'repository:team-web',
      'repository:team-data',
      'repository:shared',
      'repository:npm-store',
      'repository:pypi-store',
      'registry:public:npmjs',
      'registry:public:pypi',
    ]);
    expect(edges.map((e) => `${e.id} (${e.label})`)).toEqual([
      'team-web->shared (upstream 1)',
      'team-data->shared (upstream 1)',
      'team-data->pypi-store (upstream 2)',
      'shared->npm-store (upstream 1)',
      'npm-store->public:npmjs (external connection)',
      'pypi-store->public:pypi (external connection)',
    ]);
  });

  it('lays requesters above what they pull from, inside the drawing, with a route per edge', () => {
    const { nodes, edges, layout } = upstreamGraphOf(scenario);
    for (const node of nodes) {
      const at = layout.positions.get(node.id)!;
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.y).toBeGreaterThanOrEqual(0);
      expect(at.x + NODE_WIDTH).toBeLessThanOrEqual(layout.width);
      expect(at.y + NODE_HEIGHT).toBeLessThanOrEqual(layout.height);
    }
    for (const edge of edges) {
      expect(layout.positions.get(edge.source)!.y).toBeLessThan(
        layout.positions.get(edge.target)!.y,
      );
      expect(layout.routes.get(edge.id)!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks the last request: search order, the one that served, where the version is kept', () => {
    const walked = {
      ...scenario,
      lastRequest: {
        repo: 'team-web',
        package: 'npm/lodash',
        version: '4.17.21',
        status: 200,
        searched: ['team-web', 'shared', 'npm-store'],
        servedBy: 'public:npmjs',
        retainedIn: ['npm-store'],
      },
    } as unknown as typeof scenario;
    const byId = new Map(upstreamGraphOf(walked).nodes.map((n) => [n.id, n]));
    expect(byId.get('shared')!.order).toBe(1);
    expect(byId.get('public:npmjs')).toMatchObject({ order: 3, served: true });
    expect(byId.get('team-data')!.order).toBeNull();
  });
});
