// @vitest-environment node
// Package version status, from the CodeArtifact user guide: "Package version status"
// (https://docs.aws.amazon.com/codeartifact/latest/ug/packages-overview.html#package-version-status)
// and "Update package version status" (update-package-version-status.html).
import { describe, expect, it } from 'vitest';
import { requestPackageVersion } from '../../../src/domain/codeartifact';
import type { CodeArtifactDomain, PackageVersionStatus } from '../../../src/domain/codeartifact';
import { meetsUpstreamGoal } from '../../../src/domain/codeartifact/goals';
import type { UpstreamScenario } from '../../../src/domain/codeartifact/scenario';
import { applyUpstreamAction } from '../../../src/domain/codeartifact/simulation';
import { deepFreeze, ref } from './helpers';

const chalk = ref('npm/chalk');

/** team → store (public:npmjs); store holds chalk 4.1.0 with the given status. */
function domainWith(status: PackageVersionStatus | null): CodeArtifactDomain {
  return deepFreeze({
    name: 'my-domain',
    repositories: {
      team: { upstreams: ['store'], packages: {} },
      store: {
        upstreams: [],
        externalConnection: 'public:npmjs',
        packages: {
          'npm/chalk': {
            versions: ['4.1.0', '4.1.2'],
            ...(status ? { status: { '4.1.0': status } } : {}),
          },
        },
      },
    },
    registries: { 'public:npmjs': { available: true, packages: { 'npm/chalk': ['4.1.0'] } } },
  });
}

describe('package version status in a request', () => {
  it('serves a Published version (no status recorded)', () => {
    expect(requestPackageVersion(domainWith(null), 'team', chalk, '4.1.0')).toMatchObject({
      status: 200,
      servedBy: 'store',
    });
  });

  it('still serves an Unlisted version requested by its exact number, as a lock file does', () => {
    const r = requestPackageVersion(domainWith('Unlisted'), 'team', chalk, '4.1.0');
    expect(r).toMatchObject({ status: 200, servedBy: 'store' });
    expect(r.trace.join('\n')).toMatch(/Unlisted/);
  });

  it.each(['Archived', 'Disposed'] as const)(
    'answers 404 for an %s version and does not fetch it again from the public registry',
    (status) => {
      const r = requestPackageVersion(domainWith(status), 'team', chalk, '4.1.0');
      expect(r).toMatchObject({ status: 404, servedBy: null, searched: ['team', 'store'] });
      expect(r.trace.at(-1)).toContain(`is ${status} in store`);
      expect(
        r.steps.find((s) => s.kind === 'repository' && s.repository === 'store'),
      ).toMatchObject({ outcome: 'blocked' });
      // nothing new is retained: the answer is a refusal, not a fetch
      expect(r.retainedIn).toEqual(['store']);
    },
  );

  it('leaves the other versions of the package alone', () => {
    expect(requestPackageVersion(domainWith('Archived'), 'team', chalk, '4.1.2').status).toBe(200);
  });
});

describe('package.version.status.set', () => {
  const scenario: UpstreamScenario = {
    domain: domainWith(null),
    now: '2026-01-05T09:00:00.000Z',
    token: { expiresAt: '2026-01-05T21:00:00.000Z' },
    prediction: null,
    lastRequest: null,
  };
  const set = (s: UpstreamScenario, status: PackageVersionStatus, version = '4.1.0') =>
    applyUpstreamAction(s, {
      type: 'package.version.status.set',
      repo: 'store',
      format: 'npm',
      name: 'chalk',
      version,
      status,
    });
  const request = (s: UpstreamScenario) =>
    applyUpstreamAction(s, {
      type: 'package.request',
      repo: 'team',
      format: 'npm',
      name: 'chalk',
      version: '4.1.0',
    }).scenario.lastRequest?.status;
  const goal = (status: PackageVersionStatus) => ({
    versionStatus: { repo: 'store', package: 'npm/chalk', version: '4.1.0', status },
  });

  it('archiving is reversible: Archived refuses the download, Published serves it again', () => {
    const archived = set(scenario, 'Archived').scenario;
    expect(meetsUpstreamGoal(archived, goal('Archived'))).toBe(true);
    expect(request(archived)).toBe(404);
    const restored = set(archived, 'Published').scenario;
    expect(meetsUpstreamGoal(restored, goal('Published'))).toBe(true);
    expect(request(restored)).toBe(200);
  });

  it('a Disposed version cannot change status again', () => {
    const disposed = set(scenario, 'Disposed').scenario;
    const step = set(disposed, 'Published');
    expect(step.scenario).toBe(disposed);
    expect(step.summary).toMatch(/stays Disposed/);
  });

  it('changes nothing for a version the repository does not hold', () => {
    const step = set(scenario, 'Archived', '9.9.9');
    expect(step.scenario).toBe(scenario);
    expect(step.summary).toMatch(/^No version/);
  });
});
