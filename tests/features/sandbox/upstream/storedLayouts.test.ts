import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import scenarioJson from '../../../../content/scenarios/upstream.json';
import challengeFiles from '../../../../src/content/challengeFiles/upstream';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../../../src/domain/codeartifact/challenge';
import {
  NODE_HEIGHT,
  NODE_WIDTH,
  upstreamGraphOf,
} from '../../../../src/features/sandbox/upstream/graphModel';
import {
  dagreLayout,
  layeredLayout,
  layoutKey,
} from '../../../../src/features/sandbox/upstream/layout';

// Every scenario the app ships: the default and each challenge's start.
const shipped = [
  parseUpstreamScenario(scenarioJson),
  ...Object.values(challengeFiles).map((file) => parseUpstreamChallenge(file.default).start),
];
const inputsOf = (scenario: (typeof shipped)[number]) => {
  const { nodes, edges } = upstreamGraphOf(scenario);
  return {
    nodes: nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: edges.map(({ source, target }) => ({ source, target })),
  };
};

describe('stored upstream layouts', () => {
  // On a mismatch (a scenario or the layout changed), `npx vitest run -u` rewrites the file.
  it("are dagre's layouts of every shipped scenario", async () => {
    const table = Object.fromEntries(
      shipped
        .map(inputsOf)
        .map(({ nodes, edges }) => [layoutKey(nodes, edges), dagreLayout(nodes, edges)]),
    );
    expect(Object.keys(table).length).toBeGreaterThan(1);
    await expect(await format(JSON.stringify(table), { parser: 'json' })).toMatchFileSnapshot(
      '../../../../src/features/sandbox/upstream/storedLayouts.json',
    );
  });

  it('lay out any other graph with dagre, the same way', () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT }));
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
    ];
    const laidOut = layeredLayout(nodes, edges);
    const expected = dagreLayout(nodes, edges);
    expect(Object.fromEntries(laidOut.positions)).toEqual(expected.positions);
    expect(Object.fromEntries(laidOut.routes)).toEqual(expected.routes);
    expect(laidOut.height).toBe(expected.height);
  });
});
