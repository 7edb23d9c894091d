// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchOrder, upstreamCycles } from '../../../src/domain/codeartifact';
import type { CodeArtifactDomain } from '../../../src/domain/codeartifact';

const domain: CodeArtifactDomain = {
  name: 'my-domain',
  repositories: {
    app: { upstreams: ['team', 'npm-store'], packages: {} },
    team: { upstreams: ['npm-store', 'app'], packages: {} },
    'npm-store': { upstreams: [], externalConnection: 'public:npmjs', packages: {} },
    lonely: { upstreams: ['lonely'], packages: {} },
  },
  registries: {},
};

describe('searchOrder', () => {
  it('lists each repository once, with its external connection, depth first', () => {
    expect(searchOrder(domain, 'app')).toEqual([
      { repository: 'app' },
      { repository: 'team' },
      { repository: 'npm-store', externalConnection: 'public:npmjs' },
    ]);
  });

  it('is empty for an unknown repository', () => {
    expect(searchOrder(domain, 'nope')).toEqual([]);
  });
});

describe('upstreamCycles', () => {
  it('finds repositories that reach each other, and self-listings', () => {
    expect(upstreamCycles(domain)).toEqual([['app', 'team'], ['lonely']]);
  });

  it('finds none in a tree', () => {
    expect(
      upstreamCycles({
        ...domain,
        repositories: {
          a1: { upstreams: ['b1'], packages: {} },
          b1: { upstreams: [], packages: {} },
        },
      }),
    ).toEqual([]);
  });
});
