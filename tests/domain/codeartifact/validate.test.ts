// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDomain } from '../../../src/domain/codeartifact';
import type { CodeArtifactDomain } from '../../../src/domain/codeartifact';

const valid: CodeArtifactDomain = {
  name: 'my-domain',
  repositories: {
    'team-a': {
      upstreams: ['shared', 'npm-store'],
      packages: {
        'npm/@corp/ui': { versions: ['1.0.0'], origin: { publish: 'ALLOW', upstream: 'BLOCK' } },
      },
    },
    shared: { upstreams: [], packages: { 'maven/org.apache:commons': { versions: ['1.0'] } } },
    'npm-store': { upstreams: [], externalConnection: 'public:npmjs', packages: {} },
  },
  registries: { 'public:npmjs': { available: true, packages: { 'npm/lodash': ['4.17.20'] } } },
};

/** Pasted JSON: anything goes, so the tests may write any shape into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** The domain with some JSON changed, as a user might paste it. */
function broken(change: (domain: Loose) => void): CodeArtifactDomain {
  const copy = structuredClone(valid) as Loose;
  change(copy);
  return copy as CodeArtifactDomain;
}

const paths = (domain: CodeArtifactDomain): string[] =>
  validateDomain(domain).map((issue) => issue.path);

describe('validateDomain', () => {
  it('accepts a domain AWS could hold', () => {
    expect(validateDomain(valid)).toEqual([]);
  });

  it('reports unknown and duplicate upstreams at their index', () => {
    const issues = validateDomain(
      broken((d) => (d.repositories['team-a'].upstreams = ['shared', 'gone', 'shared'])),
    );
    expect(issues).toEqual([
      {
        path: 'repositories.team-a.upstreams[1]',
        message: 'no repository named "gone" in this domain',
      },
      {
        path: 'repositories.team-a.upstreams[2]',
        message: '"shared" is already listed at upstreams[0]',
      },
    ]);
  });

  it('reports more than 10 direct upstreams', () => {
    const many = Array.from({ length: 11 }, (_, i) => `up-${i}`);
    const domain = broken((d) => {
      d.repositories['team-a'].upstreams = many;
      for (const name of many) d.repositories[name] = { upstreams: [], packages: {} };
    });
    expect(validateDomain(domain)).toEqual([
      {
        path: 'repositories.team-a.upstreams',
        message: '11 upstream repositories; a repository can have at most 10',
      },
    ]);
  });

  it('does not report cycles or a repository listing itself (the guide does not forbid them)', () => {
    expect(paths(broken((d) => (d.repositories.shared.upstreams = ['team-a', 'shared'])))).toEqual(
      [],
    );
  });

  it('reports invalid repository and domain names', () => {
    expect(paths(broken((d) => (d.repositories.x = { upstreams: [], packages: {} })))).toEqual([
      'repositories.x',
    ]);
    expect(
      paths(broken((d) => (d.repositories['-lead'] = { upstreams: [], packages: {} }))),
    ).toEqual(['repositories.-lead']);
    expect(
      paths(broken((d) => (d.repositories['a'.repeat(101)] = { upstreams: [], packages: {} }))),
    ).toHaveLength(1);
    expect(
      paths(broken((d) => (d.repositories['has space'] = { upstreams: [], packages: {} }))),
    ).toEqual(['repositories["has space"]']);
    expect(
      paths(broken((d) => (d.repositories['my_repo.v2'] = { upstreams: [], packages: {} }))),
    ).toEqual([]);
    expect(paths(broken((d) => (d.name = 'My_Domain')))).toEqual(['name']);
  });

  it('reports external connections AWS does not have, or more than one', () => {
    expect(
      validateDomain(
        broken((d) => (d.repositories['npm-store'].externalConnection = 'public:npm')),
      )[0]?.path,
    ).toBe('repositories.npm-store.externalConnection');
    expect(
      paths(
        broken(
          (d) => (d.repositories['npm-store'].externalConnection = ['public:npmjs', 'public:pypi']),
        ),
      ),
    ).toEqual([
      'repositories.npm-store.externalConnection',
      'repositories.npm-store.externalConnection',
    ]);
    expect(
      paths(
        broken(
          (d) =>
            (d.repositories['npm-store'].externalConnections = [
              { externalConnectionName: 'public:npmjs' },
            ]),
        ),
      ),
    ).toEqual(['repositories.npm-store.externalConnections']);
  });

  it('reports a repository with both upstreams and an external connection', () => {
    const issues = validateDomain(
      broken((d) => (d.repositories['team-a'].externalConnection = 'public:pypi')),
    );
    expect(issues.map((i) => i.path)).toEqual(['repositories.team-a.externalConnection']);
    expect(issues[0]?.message).toContain('not both');
  });

  it('reports malformed packages, versions, origin controls and registries', () => {
    expect(
      paths(
        broken((d) => {
          d.repositories.shared.packages['lodash'] = { versions: ['1'] };
          d.repositories.shared.packages['npm/x'] = { versions: ['1', '1', ''] };
          d.repositories.shared.packages['npm/y'] = {
            versions: [],
            origin: { publish: 'DENY', upstream: 'BLOCK' },
          };
          d.registries['public:npmjs'].packages['pypi/requests'] = ['2.0'];
          d.registries['public:nope'] = { available: 'yes', packages: {} };
        }),
      ),
    ).toEqual([
      'repositories.shared.packages.lodash',
      'repositories.shared.packages["npm/x"].versions[1]',
      'repositories.shared.packages["npm/x"].versions[2]',
      'repositories.shared.packages["npm/y"].origin.publish',
      'registries["public:npmjs"].packages["pypi/requests"]',
      'registries["public:nope"]',
      'registries["public:nope"].available',
    ]);
  });

  it('reports a shape that is not a domain instead of throwing', () => {
    expect(paths(null as unknown as CodeArtifactDomain)).toEqual(['']);
    expect(paths({ name: 'my-domain' } as unknown as CodeArtifactDomain)).toEqual([
      'repositories',
      'registries',
    ]);
    expect(
      paths(broken((d) => (d.repositories.shared = { upstreams: 'team-a', packages: [] }))),
    ).toEqual(['repositories.shared.upstreams', 'repositories.shared.packages']);
  });
});
