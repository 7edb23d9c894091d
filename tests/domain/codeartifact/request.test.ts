// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_REPOSITORIES_SEARCHED, requestPackageVersion } from '../../../src/domain/codeartifact';
import type { CodeArtifactDomain, Repository } from '../../../src/domain/codeartifact';
import { deepFreeze, ref } from './helpers';

const lodash = ref('npm/lodash');

function domainOf(
  repositories: Record<string, Partial<Repository>>,
  registries: CodeArtifactDomain['registries'] = {},
): CodeArtifactDomain {
  const full: CodeArtifactDomain['repositories'] = {};
  for (const [name, repo] of Object.entries(repositories)) {
    full[name] = { upstreams: [], packages: {}, ...repo };
  }
  return deepFreeze({ name: 'my-domain', repositories: full, registries });
}

const npmjs = (available: boolean, versions: string[]): CodeArtifactDomain['registries'] => ({
  'public:npmjs': { available, packages: { 'npm/lodash': versions } },
});

describe('requestPackageVersion', () => {
  it('answers 404 for a repository that does not exist, without throwing', () => {
    const domain = domainOf({ 'my-repo': {} });
    const result = requestPackageVersion(domain, 'nope', lodash, '1.0.0');
    expect(result).toMatchObject({ status: 404, servedBy: null, searched: [], retainedIn: [] });
    expect(result.domain).toBe(domain);
    expect(result.trace.at(-1)).toContain('no such repository');
  });

  it('looks names up as own properties only ("constructor" is not a repository)', () => {
    const domain = domainOf({ 'my-repo': { upstreams: ['constructor'] } });
    expect(requestPackageVersion(domain, 'constructor', lodash, '1.0.0').status).toBe(404);
    expect(requestPackageVersion(domain, 'my-repo', lodash, '1.0.0')).toMatchObject({
      status: 404,
      searched: ['my-repo'],
    });
    const named = domainOf({
      constructor: { packages: { 'npm/lodash': { versions: ['1.0.0'] } } },
    });
    expect(requestPackageVersion(named, 'constructor', lodash, '1.0.0')).toMatchObject({
      status: 200,
      servedBy: 'constructor',
    });
  });

  it('serves a version the repository holds from the repository itself, changing nothing', () => {
    const domain = domainOf({
      'my-repo': { upstreams: ['up'], packages: { 'npm/lodash': { versions: ['1.0.0'] } } },
      up: {},
    });
    const result = requestPackageVersion(domain, 'my-repo', lodash, '1.0.0');
    expect(result).toMatchObject({
      status: 200,
      servedBy: 'my-repo',
      searched: ['my-repo'],
      retainedIn: ['my-repo'],
    });
    expect(result.domain).toBe(domain);
  });

  it('explains fetching through an external connection (retention in the asker and the owner only)', () => {
    const domain = domainOf(
      {
        'repo-A': { upstreams: ['repo-B'] },
        'repo-B': { upstreams: ['repo-C'] },
        'repo-C': { externalConnection: 'public:npmjs' },
      },
      npmjs(true, ['4.17.20']),
    );
    expect(requestPackageVersion(domain, 'repo-A', lodash, '4.17.20').trace).toMatchInlineSnapshot(`
      [
        "Request npm/lodash@4.17.20 from repo-A",
        "repo-A: does not have npm/lodash@4.17.20",
        "repo-B: does not have npm/lodash@4.17.20",
        "repo-C: does not have npm/lodash@4.17.20",
        "public:npmjs (external connection of repo-C): has npm/lodash@4.17.20",
        "Served by public:npmjs",
        "Retained in repo-A: the repository the package manager asked (repo-upstream-behavior)",
        "npm/lodash is new in repo-A: origin controls set to publish BLOCK, upstream ALLOW (package-origin-controls)",
        "Retained in repo-C: it owns the external connection public:npmjs (repo-upstream-behavior)",
        "npm/lodash is new in repo-C: origin controls set to publish BLOCK, upstream ALLOW (package-origin-controls)",
        "Not retained in repo-B: repositories searched on the way never keep a copy (repo-upstream-behavior)",
      ]
    `);
  });

  it('explains a 503 during an outage and a 404 hidden by upstream BLOCK', () => {
    const down = domainOf(
      {
        'my-repo': { upstreams: ['npm-store'] },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      npmjs(false, ['4.17.20']),
    );
    expect(requestPackageVersion(down, 'my-repo', lodash, '4.17.20').trace).toMatchInlineSnapshot(`
      [
        "Request npm/lodash@4.17.20 from my-repo",
        "my-repo: does not have npm/lodash@4.17.20",
        "npm-store: does not have npm/lodash@4.17.20",
        "public:npmjs (external connection of npm-store): unavailable, so npm/lodash@4.17.20 cannot be fetched from it now (external-connection-requesting-packages)",
        "npm/lodash@4.17.20 is not retained in any repository searched and public:npmjs is unavailable, so 503; only a retry once it recovers can fetch it (external-connection-requesting-packages)",
      ]
    `);

    const internal = domainOf(
      {
        'my-repo': {
          upstreams: ['npm-store'],
          packages: {
            'npm/lodash': { versions: ['1.0.0'], origin: { publish: 'ALLOW', upstream: 'BLOCK' } },
          },
        },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      npmjs(true, ['4.17.20']),
    );
    expect(requestPackageVersion(internal, 'my-repo', lodash, '4.17.20').trace)
      .toMatchInlineSnapshot(`
      [
        "Request npm/lodash@4.17.20 from my-repo",
        "my-repo: does not have npm/lodash@4.17.20",
        "my-repo: npm/lodash has origin controls publish ALLOW, upstream BLOCK, so versions from upstream repositories and external connections are hidden here (package-origin-controls)",
        "npm/lodash@4.17.20 is not in my-repo and upstream versions are blocked there, so 404 Not Found (package-origin-controls)",
      ]
    `);
  });

  it('answers 503 only when nothing reachable has the version', () => {
    const domain = domainOf(
      {
        'my-repo': { upstreams: ['npm-store', 'mirror'] },
        'npm-store': { externalConnection: 'public:npmjs' },
        mirror: { packages: { 'npm/lodash': { versions: ['4.17.20'] } } },
      },
      npmjs(false, ['4.17.20']),
    );
    expect(requestPackageVersion(domain, 'my-repo', lodash, '4.17.20')).toMatchObject({
      status: 200,
      servedBy: 'mirror',
    });
    expect(requestPackageVersion(domain, 'my-repo', lodash, '5.0.0')).toMatchObject({
      status: 503,
      searched: ['my-repo', 'npm-store', 'mirror'],
    });
  });

  it('keeps serving a retained version after the public registry dropped it', () => {
    const domain = domainOf(
      {
        'my-repo': { upstreams: ['npm-store'] },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      npmjs(true, ['1.0.0']),
    );
    const first = requestPackageVersion(domain, 'my-repo', lodash, '1.0.0');
    const dropped = deepFreeze({ ...first.domain, registries: npmjs(true, []) });
    expect(requestPackageVersion(dropped, 'my-repo', lodash, '1.0.0')).toMatchObject({
      status: 200,
      servedBy: 'my-repo',
    });
    expect(requestPackageVersion(dropped, 'npm-store', lodash, '1.0.0')).toMatchObject({
      status: 200,
      servedBy: 'npm-store',
    });
  });

  it('consults an external connection for its own format only', () => {
    const domain = domainOf(
      {
        'my-repo': { upstreams: ['npm-store'] },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      { 'public:npmjs': { available: true, packages: { 'pypi/requests': ['2.0'] } } },
    );
    const result = requestPackageVersion(domain, 'my-repo', ref('pypi/requests'), '2.0');
    expect(result.status).toBe(404);
    expect(result.trace).toContain(
      'public:npmjs (external connection of npm-store): serves npm packages only, not consulted for pypi',
    );
  });

  it('treats a connection without registry data as holding nothing', () => {
    const domain = domainOf({ 'npm-store': { externalConnection: 'public:npmjs' } });
    expect(requestPackageVersion(domain, 'npm-store', lodash, '1.0.0')).toMatchObject({
      status: 404,
      searched: ['npm-store'],
    });
  });

  it('looks in a repository reached twice only once (diamond)', () => {
    const domain = domainOf({
      top: { upstreams: ['left', 'right'] },
      left: { upstreams: ['base'] },
      right: { upstreams: ['base'] },
      base: {},
    });
    const result = requestPackageVersion(domain, 'top', lodash, '1.0.0');
    expect(result.searched).toEqual(['top', 'left', 'base', 'right']);
    expect(result.trace).toContain('base: already searched in this request, not searched again');
  });

  it('never loops on a cycle or a repository listing itself', () => {
    const domain = domainOf({
      'repo-A': { upstreams: ['repo-A', 'repo-B'] },
      'repo-B': { upstreams: ['repo-A'] },
    });
    expect(requestPackageVersion(domain, 'repo-A', lodash, '1.0.0')).toMatchObject({
      status: 404,
      searched: ['repo-A', 'repo-B'],
    });
  });

  it('skips an upstream name that is not a repository', () => {
    const domain = domainOf({
      'my-repo': { upstreams: ['gone', 'up'] },
      up: { packages: { 'npm/lodash': { versions: ['1.0.0'] } } },
    });
    const result = requestPackageVersion(domain, 'my-repo', lodash, '1.0.0');
    expect(result).toMatchObject({ status: 200, servedBy: 'up', searched: ['my-repo', 'up'] });
    expect(result.trace).toContain('my-repo: upstream gone does not exist in the domain, skipped');
  });

  describe(`looks in at most ${MAX_REPOSITORIES_SEARCHED} repositories`, () => {
    const names = Array.from({ length: 30 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const chain: Record<string, Partial<Repository>> = {};
    names.forEach((name, i) => {
      chain[name] = { upstreams: i + 1 < names.length ? [names[i + 1] ?? ''] : [] };
    });
    chain.r24 = { ...chain.r24, packages: { 'npm/lodash': { versions: ['24'] } } };
    chain.r25 = { ...chain.r25, packages: { 'npm/lodash': { versions: ['25'] } } };
    const domain = domainOf(chain);

    it('finds a version in the 25th repository', () => {
      const result = requestPackageVersion(domain, 'r00', lodash, '24');
      expect(result).toMatchObject({ status: 200, servedBy: 'r24' });
      expect(result.searched).toHaveLength(25);
    });

    it('does not reach the 26th', () => {
      const result = requestPackageVersion(domain, 'r00', lodash, '25');
      expect(result).toMatchObject({ status: 404, servedBy: null });
      expect(result.searched).toEqual(names.slice(0, 25));
      expect(result.trace.at(-2)).toContain('at most 25');
    });
  });

  describe('origin controls', () => {
    it('serves local versions of a package whose upstream is blocked', () => {
      const domain = domainOf({
        'my-repo': {
          upstreams: ['up'],
          packages: {
            'npm/lodash': { versions: ['1.0.0'], origin: { publish: 'ALLOW', upstream: 'BLOCK' } },
          },
        },
        up: { packages: { 'npm/lodash': { versions: ['2.0.0'] } } },
      });
      expect(requestPackageVersion(domain, 'my-repo', lodash, '1.0.0')).toMatchObject({
        status: 200,
        servedBy: 'my-repo',
      });
      expect(requestPackageVersion(domain, 'my-repo', lodash, '2.0.0')).toMatchObject({
        status: 404,
        searched: ['my-repo'],
        retainedIn: ['up'],
      });
    });

    it('blocks before the first version too (origin set ahead with no versions)', () => {
      const domain = domainOf({
        'my-repo': {
          upstreams: ['up'],
          packages: {
            'npm/lodash': { versions: [], origin: { publish: 'ALLOW', upstream: 'BLOCK' } },
          },
        },
        up: { packages: { 'npm/lodash': { versions: ['2.0.0'] } } },
      });
      expect(requestPackageVersion(domain, 'my-repo', lodash, '2.0.0').status).toBe(404);
    });

    it('honours upstream BLOCK in a repository the request passes through', () => {
      const domain = domainOf(
        {
          team: { upstreams: ['shared', 'direct'] },
          shared: {
            upstreams: ['npm-store'],
            packages: {
              'npm/lodash': {
                versions: ['1.0.0'],
                origin: { publish: 'ALLOW', upstream: 'BLOCK' },
              },
            },
          },
          'npm-store': { externalConnection: 'public:npmjs' },
          direct: {},
        },
        npmjs(true, ['9.9.9']),
      );
      expect(requestPackageVersion(domain, 'team', lodash, '1.0.0')).toMatchObject({
        status: 200,
        servedBy: 'shared',
      });
      const blocked = requestPackageVersion(domain, 'team', lodash, '9.9.9');
      expect(blocked).toMatchObject({ status: 404, searched: ['team', 'shared', 'direct'] });
      // npm-store is still reachable by another path
      const open = domainOf(
        { ...domain.repositories, direct: { upstreams: ['npm-store'] } },
        npmjs(true, ['9.9.9']),
      );
      expect(requestPackageVersion(open, 'team', lodash, '9.9.9')).toMatchObject({
        status: 200,
        servedBy: 'public:npmjs',
        searched: ['team', 'shared', 'direct', 'npm-store'],
        retainedIn: ['team', 'npm-store'],
      });
    });

    it('gives a package first ingested publish BLOCK / upstream ALLOW, and keeps controls already set', () => {
      const domain = domainOf({
        'my-repo': { upstreams: ['up'], packages: { 'npm/lodash': { versions: ['0.1.0'] } } },
        other: { upstreams: ['up'] },
        up: { packages: { 'npm/lodash': { versions: ['1.0.0'] } } },
      });
      // a pre-origin-control package (versions, no origin) stays as it was: ALLOW / ALLOW
      const legacy = requestPackageVersion(domain, 'my-repo', lodash, '1.0.0').domain.repositories[
        'my-repo'
      ]?.packages['npm/lodash'];
      expect(legacy).toEqual({ versions: ['0.1.0', '1.0.0'] });
      const fresh = requestPackageVersion(domain, 'other', lodash, '1.0.0').domain.repositories
        .other?.packages['npm/lodash'];
      expect(fresh).toEqual({
        versions: ['1.0.0'],
        origin: { publish: 'BLOCK', upstream: 'ALLOW' },
      });
    });
  });

  it('never changes its input and shares what it did not change', () => {
    const domain = domainOf(
      {
        'repo-A': { upstreams: ['repo-B'] },
        'repo-B': { upstreams: ['repo-C'] },
        'repo-C': { externalConnection: 'public:npmjs' },
      },
      npmjs(true, ['4.17.20']),
    );
    const before = structuredClone(domain);
    const result = requestPackageVersion(domain, 'repo-A', lodash, '4.17.20');
    expect(domain).toEqual(before);
    expect(result.domain).not.toBe(domain);
    expect(result.domain.repositories['repo-B']).toBe(domain.repositories['repo-B']);
    expect(result.domain.registries).toBe(domain.registries);
  });
});
