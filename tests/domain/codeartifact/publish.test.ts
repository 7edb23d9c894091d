// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { publishPackageVersion, requestPackageVersion } from '../../../src/domain/codeartifact';
import type { CodeArtifactDomain, Repository } from '../../../src/domain/codeartifact';
import { deepFreeze, ref } from './helpers';

const mine = ref('npm/@corp/mine');

function domainOf(
  repositories: Record<string, Partial<Repository>>,
  registries: CodeArtifactDomain['registries'] = {},
): CodeArtifactDomain {
  const full: CodeArtifactDomain['repositories'] = {};
  for (const [name, repo] of Object.entries(repositories))
    full[name] = { upstreams: [], packages: {}, ...repo };
  return deepFreeze({ name: 'my-domain', repositories: full, registries });
}

const withPublic = (versions: string[]): CodeArtifactDomain['registries'] => ({
  'public:npmjs': { available: true, packages: { 'npm/@corp/mine': versions } },
});

describe('publishPackageVersion', () => {
  it('refuses a repository that does not exist, without throwing', () => {
    const domain = domainOf({ 'my-repo': {} });
    const result = publishPackageVersion(domain, 'nope', mine, '1.0.0');
    expect(result.status).toBe(403);
    expect(result.domain).toBe(domain);
    expect(result.trace.at(-1)).toContain('no such repository');
  });

  it('publishes a new package with publish ALLOW / upstream BLOCK, even if a public registry has the name', () => {
    const domain = domainOf(
      {
        'my-repo': { upstreams: ['npm-store'] },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      withPublic(['1.0.0']),
    );
    const result = publishPackageVersion(domain, 'my-repo', mine, '1.0.0');
    expect(result.status).toBe(200);
    expect(result.domain.repositories['my-repo']?.packages['npm/@corp/mine']).toEqual({
      versions: ['1.0.0'],
      origin: { publish: 'ALLOW', upstream: 'BLOCK' },
    });
    // and from then on the public versions stay out (dependency substitution)
    expect(requestPackageVersion(result.domain, 'my-repo', mine, '1.0.0').servedBy).toBe('my-repo');
  });

  it('refuses a version that already exists in the repository (409)', () => {
    const domain = domainOf({
      'my-repo': {
        packages: {
          'npm/@corp/mine': {
            versions: ['1.0.0'],
            origin: { publish: 'ALLOW', upstream: 'BLOCK' },
          },
        },
      },
    });
    expect(publishPackageVersion(domain, 'my-repo', mine, '1.0.0').status).toBe(409);
    expect(publishPackageVersion(domain, 'my-repo', mine, '1.0.1').status).toBe(200);
  });

  it('refuses any publish with publish BLOCK (403), before looking at versions', () => {
    const domain = domainOf({
      'my-repo': {
        packages: {
          'npm/@corp/mine': {
            versions: ['1.0.0'],
            origin: { publish: 'BLOCK', upstream: 'ALLOW' },
          },
        },
      },
    });
    expect(publishPackageVersion(domain, 'my-repo', mine, '1.0.0').status).toBe(403);
    expect(publishPackageVersion(domain, 'my-repo', mine, '2.0.0').status).toBe(403);
  });

  it('explains a conflict with a version reachable upstream while both controls are ALLOW', () => {
    const domain = domainOf(
      {
        'my-repo': {
          upstreams: ['npm-store'],
          packages: { 'npm/@corp/mine': { versions: ['0.9.0'] } },
        },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      withPublic(['1.0.0']),
    );
    const result = publishPackageVersion(domain, 'my-repo', mine, '1.0.0');
    expect(result.status).toBe(409);
    expect(result.domain).toBe(domain);
    expect(result.trace).toMatchInlineSnapshot(`
      [
        "Publish npm/@corp/mine@1.0.0 to my-repo",
        "npm/@corp/mine in my-repo has publish ALLOW, upstream ALLOW (no controls recorded: a package from before origin controls): checking whether 1.0.0 is reachable through upstreams",
        "my-repo: does not have npm/@corp/mine@1.0.0",
        "npm-store: does not have npm/@corp/mine@1.0.0",
        "public:npmjs (external connection of npm-store): has npm/@corp/mine@1.0.0",
        "npm/@corp/mine@1.0.0 is reachable from my-repo (in public:npmjs), so 409 Conflict: CodeArtifact does not allow publishing versions reachable through upstreams (package-origin-controls)",
      ]
    `);
  });

  it('does not count what an intermediate upstream BLOCK hides, or another format, as reachable', () => {
    const domain = domainOf(
      {
        'my-repo': {
          upstreams: ['shared'],
          packages: {
            'npm/@corp/mine': { versions: [], origin: { publish: 'ALLOW', upstream: 'ALLOW' } },
          },
        },
        shared: {
          upstreams: ['npm-store'],
          packages: {
            'npm/@corp/mine': {
              versions: ['0.1.0'],
              origin: { publish: 'ALLOW', upstream: 'BLOCK' },
            },
          },
        },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      withPublic(['1.0.0']),
    );
    expect(publishPackageVersion(domain, 'my-repo', mine, '0.1.0').status).toBe(409);
    expect(publishPackageVersion(domain, 'my-repo', mine, '1.0.0').status).toBe(200);
    const maven = domainOf(
      {
        'my-repo': { upstreams: ['npm-store'], packages: { 'maven/g:a': { versions: ['0.1'] } } },
        'npm-store': { externalConnection: 'public:npmjs' },
      },
      {
        'public:npmjs': { available: true, packages: { 'maven/g:a': ['1.0'] } },
      },
    );
    expect(publishPackageVersion(maven, 'my-repo', ref('maven/g:a'), '1.0').status).toBe(200);
  });

  it('never changes its input', () => {
    const domain = domainOf({ 'my-repo': { packages: { 'npm/other': { versions: ['1.0.0'] } } } });
    const before = structuredClone(domain);
    const result = publishPackageVersion(domain, 'my-repo', mine, '1.0.0');
    expect(domain).toEqual(before);
    expect(result.domain.repositories['my-repo']?.packages['npm/other']).toBe(
      domain.repositories['my-repo']?.packages['npm/other'],
    );
  });
});
