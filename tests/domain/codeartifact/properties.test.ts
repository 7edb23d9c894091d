// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXTERNAL_CONNECTION_FORMAT,
  MAX_REPOSITORIES_SEARCHED,
  publishPackageVersion,
  requestPackageVersion,
  searchOrder,
  validateDomain,
} from '../../../src/domain/codeartifact';
import type {
  CodeArtifactDomain,
  ExternalConnectionName,
  PackageRecord,
  PackageRef,
  Repository,
} from '../../../src/domain/codeartifact';
import { deepFreeze, ref } from './helpers';

// Small pools so that generated graphs share names, packages and versions: cycles, diamonds,
// hits and misses all come up often.
const NAMES = Array.from({ length: 40 }, (_, i) => `r${i}`);
const PACKAGES = [
  'npm/lodash',
  'npm/@scope/ui',
  'pypi/requests',
  'maven/org.apache:commons',
  'cargo/serde',
];
const VERSIONS = ['1.0', '1.1', '2.0', '3.0'];
const CONNECTIONS = Object.keys(EXTERNAL_CONNECTION_FORMAT) as ExternalConnectionName[];
// mostly connections that serve a format of the package pool, so that they often answer
const connection = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<ExternalConnectionName>(
      'public:npmjs',
      'public:pypi',
      'public:maven-central',
      'public:crates-io',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...CONNECTIONS) },
);

const origin = fc.option(
  fc.record({
    publish: fc.constantFrom('ALLOW' as const, 'BLOCK' as const),
    upstream: fc.constantFrom('ALLOW' as const, 'BLOCK' as const),
  }),
  { nil: undefined },
);

const packageRecord: fc.Arbitrary<PackageRecord> = fc
  .record({ versions: fc.uniqueArray(fc.constantFrom(...VERSIONS), { maxLength: 3 }), origin })
  .map(({ versions, origin: o }) => (o === undefined ? { versions } : { versions, origin: o }));

const packages = fc.dictionary(fc.constantFrom(...PACKAGES), packageRecord, { maxKeys: 3 });

/**
 * A domain and a call into it: any upstream graph over the domain's repositories (cycles,
 * diamonds and self-listings included, now and then a name that is not a repository), with
 * external connections and registries of every format, available or not.
 */
const scenarioWith = (maxUpstreams: number, minRepositories: number) =>
  fc
    .uniqueArray(fc.constantFrom(...NAMES), { minLength: minRepositories, maxLength: NAMES.length })
    .chain((names) => {
      const upstreamName = fc.oneof(
        { weight: 19, arbitrary: fc.constantFrom(...names) },
        { weight: 1, arbitrary: fc.constant('ghost') },
      );
      return fc.record({
        repositories: fc.tuple(
          ...names.map((name) =>
            fc
              .record({
                upstreams: fc.uniqueArray(upstreamName, { maxLength: maxUpstreams }),
                externalConnection: fc.option(connection, { nil: undefined, freq: 2 }),
                packages,
              })
              .map(({ upstreams, externalConnection, packages: p }) => {
                const repository: Repository = { upstreams, packages: p };
                if (externalConnection !== undefined)
                  repository.externalConnection = externalConnection;
                return [name, repository] as const;
              }),
          ),
        ),
        registries: fc.dictionary(
          connection,
          fc.record({
            available: fc.boolean(),
            packages: fc.dictionary(
              fc.constantFrom(...PACKAGES),
              fc.uniqueArray(fc.constantFrom(...VERSIONS)),
              { maxKeys: 3 },
            ),
          }),
          { maxKeys: 6 },
        ),
        repo: fc.oneof(
          { weight: 19, arbitrary: fc.constantFrom(...names) },
          { weight: 1, arbitrary: fc.constant('ghost') },
        ),
        pkg: fc.constantFrom(...PACKAGES).map(ref),
        version: fc.constantFrom(...VERSIONS),
      });
    })
    .map(({ repositories, registries, repo, pkg, version }) => ({
      domain: {
        name: 'my-domain',
        repositories: Object.fromEntries(repositories),
        registries,
      } as CodeArtifactDomain,
      repo,
      pkg,
      version,
    }));

const scenario = scenarioWith(5, 1);
/** Wide graphs over many repositories: requests often run into the 25-repository limit. */
const dense = scenarioWith(10, 30);

function holders(domain: CodeArtifactDomain, pkg: PackageRef, version: string): Set<string> {
  const key = `${pkg.format}/${pkg.name}`;
  return new Set(
    Object.entries(domain.repositories)
      .filter(([, r]) => r.packages[key]?.versions.includes(version))
      .map(([n]) => n),
  );
}

const runs = { numRuns: 400 };

describe('CodeArtifact engine properties', () => {
  it('never throws, never mutates its input, and answers only contract statuses', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg, version }) => {
        const frozen = deepFreeze(structuredClone(domain));
        const request = requestPackageVersion(frozen, repo, pkg, version);
        const publish = publishPackageVersion(frozen, repo, pkg, version);
        expect([200, 404, 503]).toContain(request.status);
        expect([200, 403, 409]).toContain(publish.status);
        expect(request.trace.length).toBeGreaterThan(1);
        expect(publish.trace.length).toBeGreaterThan(1);
        expect(frozen).toEqual(domain);
        validateDomain(frozen);
        searchOrder(frozen, repo);
      }),
      runs,
    );
  });

  it('searches each repository at most once, at most 25, starting with the one asked', () => {
    fc.assert(
      fc.property(fc.oneof(scenario, dense), ({ domain, repo, pkg, version }) => {
        const { searched } = requestPackageVersion(domain, repo, pkg, version);
        expect(new Set(searched).size).toBe(searched.length);
        expect(searched.length).toBeLessThanOrEqual(MAX_REPOSITORIES_SEARCHED);
        if (repo in domain.repositories) expect(searched[0]).toBe(repo);
        else expect(searched).toEqual([]);
        for (const name of searched) expect(domain.repositories).toHaveProperty([name]);
      }),
      runs,
    );
  });

  it('follows searchOrder when nothing is found and nothing blocks', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg }) => {
        const open = structuredClone(domain);
        for (const r of Object.values(open.repositories)) {
          for (const record of Object.values(r.packages)) delete record.origin;
        }
        const { searched, status } = requestPackageVersion(open, repo, pkg, 'never-published');
        expect(status).not.toBe(200);
        expect(searched).toEqual(searchOrder(open, repo).map((step) => step.repository));
      }),
      runs,
    );
  });

  it('serves a version served once again from the requested repository alone', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg, version }) => {
        const first = requestPackageVersion(domain, repo, pkg, version);
        fc.pre(first.status === 200);
        const second = requestPackageVersion(first.domain, repo, pkg, version);
        expect(second).toMatchObject({ status: 200, servedBy: repo, searched: [repo] });
        expect(second.domain).toBe(first.domain);
      }),
      runs,
    );
  });

  it('retains only in the requested repository and the connection owner, never in intermediates', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg, version }) => {
        const before = holders(domain, pkg, version);
        const result = requestPackageVersion(domain, repo, pkg, version);
        const after = new Set(result.retainedIn);
        expect(after).toEqual(holders(result.domain, pkg, version));
        const gained = [...after].filter((name) => !before.has(name));
        const owner =
          result.servedBy !== null && !(result.servedBy in domain.repositories)
            ? result.searched.at(-1)
            : undefined;
        for (const name of gained) expect([repo, owner]).toContain(name);
        for (const name of before) expect(after.has(name)).toBe(true);
        if (result.status === 200 && result.servedBy !== repo) expect(after.has(repo)).toBe(true);
        if (result.status !== 200) expect(result.domain).toBe(domain);
        // nothing but the retained package changed
        for (const [name, r] of Object.entries(domain.repositories)) {
          if (!gained.includes(name)) expect(result.domain.repositories[name]).toBe(r);
        }
      }),
      runs,
    );
  });

  it('publishes into the one repository only, and then holds the version there', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg, version }) => {
        const before = holders(domain, pkg, version);
        const result = publishPackageVersion(domain, repo, pkg, version);
        const after = holders(result.domain, pkg, version);
        if (result.status === 200) {
          expect(before.has(repo)).toBe(false);
          expect([...after].sort()).toEqual([...before, repo].sort());
          expect(publishPackageVersion(result.domain, repo, pkg, version).status).not.toBe(200);
        } else {
          expect(result.domain).toBe(domain);
        }
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, ({ domain, repo, pkg, version }) => {
        expect(requestPackageVersion(domain, repo, pkg, version)).toEqual(
          requestPackageVersion(structuredClone(domain), repo, pkg, version),
        );
        expect(publishPackageVersion(domain, repo, pkg, version)).toEqual(
          publishPackageVersion(structuredClone(domain), repo, pkg, version),
        );
      }),
      { numRuns: 100 },
    );
  });
});
