// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  replicateImage,
  replicationDestinations,
  routeEvents,
  scanOnPush,
  scanningFilterMatches,
} from '../../../src/domain/ecr';
import type {
  EventBridgeRule,
  Registry,
  RegistryScanningConfiguration,
  ReplicationConfiguration,
  ReplicationRule,
} from '../../../src/domain/ecr';
import { deepFreeze } from '../codeartifact/helpers';

const NAMES = ['web', 'web-api', 'prod/web', 'prod/api', 'dev/api', 'tools'];
const PREFIXES = ['web', 'prod', 'prod/', 'dev', 'zz'];
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];
const ACCOUNTS = ['111122223333', '444455556666'];
const source = { registryId: '111122223333', region: 'us-east-1' };

const destination = fc.record({
  region: fc.constantFrom(...REGIONS),
  registryId: fc.constantFrom(...ACCOUNTS),
});
const rule: fc.Arbitrary<ReplicationRule> = fc
  .record({
    destinations: fc.array(destination, { minLength: 1, maxLength: 3 }),
    filters: fc.option(
      fc.uniqueArray(fc.constantFrom(...PREFIXES), { minLength: 1, maxLength: 2 }),
      { nil: undefined },
    ),
    deletes: fc.boolean(),
  })
  .map(({ destinations, filters, deletes }) => ({
    destinations,
    ...(filters === undefined
      ? {}
      : {
          repositoryFilters: filters.map((f) => ({
            filter: f,
            filterType: 'PREFIX_MATCH' as const,
          })),
        }),
    deleteReplication: { enabled: deletes },
  }));
const configuration: fc.Arbitrary<ReplicationConfiguration> = fc.record({
  rules: fc.array(rule, { maxLength: 3 }),
});
const name = fc.constantFrom(...NAMES);
const keyOf = (d: { region: string; registryId: string }) => `${d.registryId}/${d.region}`;

const openPolicy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: ['ecr:ReplicateImage', 'ecr:CreateRepository'],
      Resource: '*',
    },
  ],
};
const registries = fc.subarray(
  REGIONS.map((region): Registry => ({
    registryId: '444455556666',
    region,
    registryPolicy: openPolicy,
    repositories: {},
  })),
);

describe('replication properties', () => {
  it('a repository no rule selects replicates nowhere', () => {
    fc.assert(
      fc.property(configuration, name, (config, repo) => {
        const selected = config.rules.some(
          (r) =>
            r.repositoryFilters === undefined ||
            r.repositoryFilters.some((f) => repo.startsWith(f.filter)),
        );
        if (!selected) expect(replicationDestinations(config, repo).destinations).toEqual([]);
      }),
    );
  });

  it('adding a rule never removes a destination', () => {
    fc.assert(
      fc.property(configuration, rule, name, (config, extra, repo) => {
        const before = replicationDestinations(config, repo).destinations.map(keyOf);
        const after = replicationDestinations(
          { rules: [...config.rules, extra] },
          repo,
        ).destinations.map(keyOf);
        for (const d of before) expect(after).toContain(d);
      }),
    );
  });

  it('every destination is attempted once, and the inputs are left unchanged', () => {
    fc.assert(
      fc.property(configuration, name, registries, (config, repo, regs) => {
        const frozen = deepFreeze(structuredClone({ config, regs }));
        const r = replicateImage({
          source,
          configuration: frozen.config,
          repositoryName: repo,
          image: { imageDigest: 'sha256:x', imageTags: ['v1'] },
          registries: frozen.regs,
        });
        const expected = replicationDestinations(config, repo).destinations.map(keyOf);
        expect(r.destinations.map(keyOf)).toEqual(expected);
        expect(frozen).toEqual({ config, regs });
      }),
    );
  });

  it('a copy that arrived by replication goes nowhere', () => {
    fc.assert(
      fc.property(configuration, name, (config, repo) => {
        const r = replicateImage({
          source,
          configuration: config,
          repositoryName: repo,
          image: { imageDigest: 'sha256:x', imageTags: [] },
          origin: 'replication',
          registries: [],
        });
        expect(r.destinations).toEqual([]);
      }),
    );
  });
});

describe('scanning properties', () => {
  const filter = fc.constantFrom('*', 'web', 'prod*', '*api', 'prod/*', 'zz');
  const scanConfig: fc.Arbitrary<RegistryScanningConfiguration> = fc.oneof(
    fc.record({
      scanType: fc.constant('BASIC' as const),
      rules: fc.array(
        fc.record({
          scanFrequency: fc.constant('SCAN_ON_PUSH' as const),
          repositoryFilters: fc.array(
            filter.map((f) => ({ filter: f, filterType: 'WILDCARD' as const })),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 2 },
      ),
    }),
    fc.record({
      scanType: fc.constant('ENHANCED' as const),
      rules: fc.array(
        fc.record({
          scanFrequency: fc.constantFrom('SCAN_ON_PUSH' as const, 'CONTINUOUS_SCAN' as const),
          repositoryFilters: fc.array(
            filter.map((f) => ({ filter: f, filterType: 'WILDCARD' as const })),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 2 },
      ),
    }),
  );
  const pushed = name.map((repositoryName) => ({
    repositoryName,
    imageDigest: 'sha256:x',
    imageTags: ['v1'],
    vulnerabilities: [{ name: 'CVE-1', severity: 'HIGH' as const }],
  }));
  const ctx = { accountId: '111122223333', region: 'us-east-1' };

  it('a push always sends its push event first and never blocks a pull', () => {
    fc.assert(
      fc.property(fc.option(scanConfig, { nil: null }), pushed, (config, image) => {
        const r = scanOnPush(config, image, ctx, '2026-01-01T00:00:00Z');
        expect(r.events[0]?.['detail-type']).toBe('ECR Image Action');
        expect(r.blocksPull).toBe(false);
        expect(r.scanned).toBe(r.events.length > 1);
      }),
    );
  });

  it('a filter without a wildcard matches exactly the names containing it; "*" matches all', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9/-]{1,12}$/),
        fc.stringMatching(/^[a-z0-9-]{1,6}$/),
        (repo, f) => {
          expect(scanningFilterMatches(f, repo)).toBe(repo.includes(f));
          expect(scanningFilterMatches('*', repo)).toBe(true);
        },
      ),
    );
  });

  it('adding an enabled rule with a target never leaves more events unrouted', () => {
    const patterns = fc.constantFrom<Record<string, unknown>>(
      { source: ['aws.ecr'] },
      { source: ['aws.inspector2'], detail: { severity: ['CRITICAL', 'HIGH'] } },
      { 'detail-type': ['ECR Image Scan'] },
    );
    const ruleOf = (p: Record<string, unknown>, i: number): EventBridgeRule => ({
      Name: `r${i}`,
      EventPattern: p,
      Targets: [{ Id: 't', Arn: 'arn:aws:sns:us-east-1:111122223333:t' }],
    });
    fc.assert(
      fc.property(
        scanConfig,
        pushed,
        fc.array(patterns, { maxLength: 2 }),
        patterns,
        (config, image, ps, extra) => {
          const events = scanOnPush(config, image, ctx, '2026-01-01T00:00:00Z').events;
          const rules = ps.map(ruleOf);
          const before = routeEvents(rules, events).unrouted.length;
          const after = routeEvents([...rules, ruleOf(extra, 9)], events).unrouted.length;
          expect(after).toBeLessThanOrEqual(before);
        },
      ),
    );
  });
});
