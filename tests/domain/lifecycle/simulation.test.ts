// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  parseLifecycleAction,
  parseLifecycleScenario,
} from '../../../src/domain/lifecycle/challenge';
import { meetsLifecycleGoal } from '../../../src/domain/lifecycle/goals';
import { projectEcrCosts, projectS3Costs } from '../../../src/domain/lifecycle/projection';
import type { LifecycleAction, LifecycleScenario } from '../../../src/domain/lifecycle/scenario';
import { applyLifecycleAction } from '../../../src/domain/lifecycle/simulation';

const NOW = '2026-03-01T00:00:00Z';
const MB = 1024 ** 2;

const empty: LifecycleScenario = {
  tab: 'ecr',
  ecr: { repository: 'web-app', policyText: '', images: [], now: NOW, timeline: [] },
  s3: {
    bucket: { name: 'build-artifacts', versioning: 'Enabled', objectLock: false },
    configurationText: '',
    objects: [],
    now: NOW,
    timeline: [],
    earlyDeletionUsd: 0,
    lastRequest: null,
  },
};

function run(start: LifecycleScenario, actions: LifecycleAction[]) {
  let scenario = start;
  const steps = actions.map((action) => {
    const step = applyLifecycleAction(scenario, action);
    scenario = step.scenario;
    return step;
  });
  return { scenario, steps, last: steps[steps.length - 1]! };
}

const ecrPolicy = JSON.stringify(
  {
    rules: [
      {
        rulePriority: 1,
        description: 'untagged after 7 days',
        selection: {
          tagStatus: 'untagged',
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: 7,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: 'keep 2 prod',
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: ['prod-'],
          countType: 'imageCountMoreThan',
          countNumber: 2,
        },
        action: { type: 'expire' },
      },
    ],
  },
  null,
  2,
);

const s3Config = (rule: Record<string, unknown>) =>
  JSON.stringify({ Rules: [{ ID: 'r1', Status: 'Enabled', Filter: {}, ...rule }] });

describe('ECR actions', () => {
  it('keeps an invalid policy edit as text and says where ECR rejects it', () => {
    const bad = ecrPolicy.replace(
      '"countType": "imageCountMoreThan",',
      '"countType": "imageCountMoreThan", "countUnit": "days",',
    );
    const step = applyLifecycleAction(empty, { type: 'ecr.policy.edit', text: bad });
    expect(step.scenario.ecr.policyText).toBe(bad);
    expect(step.summary).toBe('Policy rejected at rules[1].selection.countUnit');
    expect(step.trace[0]).toMatch(
      /InvalidParameterException: rules\[1\]\.selection\.countUnit: countUnit may only be used/,
    );
    expect(meetsLifecycleGoal(step.scenario, { ecrPolicyValid: false })).toBe(true);
    const good = applyLifecycleAction(step.scenario, { type: 'ecr.policy.edit', text: ecrPolicy });
    expect(good.summary).toBe('Policy accepted: 2 rules');
    expect(meetsLifecycleGoal(good.scenario, { ecrPolicyValid: true })).toBe(true);
  });

  it('adds images by hand with an automatic digest, and moves a tag that is pushed again', () => {
    const { scenario, steps } = run(empty, [
      {
        type: 'ecr.image.add',
        tags: ['prod-1'],
        pushedDaysAgo: 10,
        pulledDaysAgo: null,
        sizeBytes: 100 * MB,
      },
      {
        type: 'ecr.image.add',
        tags: ['prod-1', 'latest'],
        pushedDaysAgo: 1,
        pulledDaysAgo: 0,
        sizeBytes: 100 * MB,
      },
    ]);
    expect(scenario.ecr.images).toHaveLength(2);
    const [older, newer] = scenario.ecr.images;
    expect(older!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(older!.digest).not.toBe(newer!.digest);
    expect(older!.tags).toEqual([]);
    expect(newer!.tags).toEqual(['prod-1', 'latest']);
    expect(newer!.lastPulledAt).toBe(NOW);
    expect(older!.pushedAt).toBe('2026-02-19T00:00:00Z');
    expect(steps[1]!.trace.join('\n')).toMatch(/Tag prod-1 moved here .* now untagged/);
  });

  it('generates a push every day for 90 days in three streams', () => {
    const step = applyLifecycleAction(empty, {
      type: 'ecr.images.generate',
      days: 90,
      everyDays: 1,
      tags: ['dev-', 'prod-', ''],
      sizeBytes: 50 * MB,
    });
    const images = step.scenario.ecr.images;
    expect(images).toHaveLength(270);
    expect(images.filter((i) => i.tags.length === 0)).toHaveLength(90);
    expect(images.find((i) => i.tags[0] === 'prod-90')).toBeDefined();
    expect(new Set(images.map((i) => i.digest)).size).toBe(270);
    // numbering continues when generating again
    const again = applyLifecycleAction(step.scenario, {
      type: 'ecr.images.generate',
      days: 2,
      everyDays: 1,
      tags: ['prod-'],
      sizeBytes: 50 * MB,
    });
    expect(again.scenario.ecr.images.slice(-2).map((i) => i.tags[0])).toEqual([
      'prod-91',
      'prod-92',
    ]);
  });

  it('advancing the clock expires the right images with the rule that did it', () => {
    const { scenario, last } = run(empty, [
      {
        type: 'ecr.images.generate',
        days: 10,
        everyDays: 1,
        tags: ['prod-', ''],
        sizeBytes: 100 * MB,
      },
      { type: 'ecr.policy.edit', text: ecrPolicy },
      { type: 'ecr.clock.advance', days: 30 },
    ]);
    expect(scenario.ecr.now).toBe('2026-03-31T00:00:00Z');
    // keep the 2 newest prod images; every untagged image is older than 7 days by then
    expect(scenario.ecr.images.map((i) => i.tags.join())).toEqual(['prod-9', 'prod-10']);
    const byRule = (p: number) => scenario.ecr.timeline.filter((t) => t.rulePriority === p);
    expect(byRule(1)).toHaveLength(10);
    expect(byRule(1).every((t) => t.tags.length === 0 && t.action === 'expire')).toBe(true);
    expect(byRule(2).map((t) => t.tags[0])).toEqual([
      'prod-1',
      'prod-2',
      'prod-3',
      'prod-4',
      'prod-5',
      'prod-6',
      'prod-7',
      'prod-8',
    ]);
    // prod images go at the first run; untagged ones as each passes 7 days
    expect(byRule(2).every((t) => t.at === '2026-03-02T00:00:00Z')).toBe(true);
    expect(last.summary).toBe('+30 days → 2026-03-31: 18 expired (rule 1: 10, rule 2: 8)');
    expect(
      last.trace.some((l) => /expired by rule 2 \(prefix prod-; keep newest 2 → expire\)/.test(l)),
    ).toBe(true);
    expect(meetsLifecycleGoal(scenario, { ecrExpired: { rulePriority: 2, count: 8 } })).toBe(true);
    expect(meetsLifecycleGoal(scenario, { ecrImages: { tagPrefix: 'prod-', count: 2 } })).toBe(
      true,
    );
  });

  it('with no policy or an invalid one, time passes and nothing expires', () => {
    const base = applyLifecycleAction(empty, {
      type: 'ecr.images.generate',
      days: 20,
      everyDays: 1,
      tags: [''],
      sizeBytes: MB,
    }).scenario;
    const none = applyLifecycleAction(base, { type: 'ecr.clock.advance', days: 30 });
    expect(none.scenario.ecr.images).toHaveLength(20);
    expect(none.trace[0]).toMatch(/No lifecycle policy/);
    const invalid = run(base, [
      { type: 'ecr.policy.edit', text: '{"rules": [' },
      { type: 'ecr.clock.advance', days: 30 },
    ]);
    expect(invalid.scenario.ecr.images).toHaveLength(20);
    expect(invalid.last.trace[0]).toMatch(/invalid/);
  });

  it('archives with a transition rule, then a pull on an archived image is refused and restore brings it back', () => {
    const policy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          description: 'archive images not pulled for 30 days',
          selection: {
            tagStatus: 'any',
            countType: 'sinceImagePulled',
            countUnit: 'days',
            countNumber: 30,
          },
          action: { type: 'transition', targetStorageClass: 'archive' },
        },
      ],
    });
    const { scenario } = run(empty, [
      {
        type: 'ecr.image.add',
        tags: ['v1'],
        pushedDaysAgo: 40,
        pulledDaysAgo: null,
        sizeBytes: MB,
      },
      { type: 'ecr.policy.edit', text: policy },
      { type: 'ecr.clock.advance', days: 1 },
    ]);
    const image = scenario.ecr.images[0]!;
    expect(image.storageClass).toBe('archive');
    expect(scenario.ecr.timeline[0]).toMatchObject({ action: 'transition', rulePriority: 1 });
    const pulled = applyLifecycleAction(scenario, { type: 'ecr.image.pull', digest: image.digest });
    expect(pulled.summary).toBe('Pull refused');
    const restored = applyLifecycleAction(scenario, {
      type: 'ecr.image.restore',
      digest: image.digest,
    });
    expect(restored.scenario.ecr.images[0]).toMatchObject({
      storageClass: 'standard',
      lastActivatedAt: scenario.ecr.now,
    });
  });
});

describe('S3 actions', () => {
  const versioned = (objectLock = false): LifecycleScenario => ({
    ...empty,
    s3: { ...empty.s3, bucket: { ...empty.s3.bucket, objectLock } },
  });

  it('Expiration on a versioned bucket makes delete markers; the data stays until NoncurrentVersionExpiration', () => {
    const { scenario, last } = run(versioned(), [
      {
        type: 's3.objects.generate',
        prefix: 'builds/',
        name: 'app.zip',
        count: 5,
        everyDays: 10,
        size: 10 * MB,
        overwrite: false,
        lock: null,
      },
      { type: 's3.configuration.edit', text: s3Config({ Expiration: { Days: 30 } }) },
      { type: 's3.clock.advance', days: 1 },
    ]);
    const markers = scenario.s3.timeline.filter((e) => e.action === 'delete-marker');
    // objects created 50, 40 and 30 days ago are past 30 days
    expect(markers.map((e) => e.key)).toEqual([
      'builds/2026-01-10-app.zip',
      'builds/2026-01-20-app.zip',
      'builds/2026-01-30-app.zip',
    ]);
    expect(markers.every((e) => e.rule === 'r1')).toBe(true);
    expect(meetsLifecycleGoal(scenario, { s3Versions: { isDeleteMarker: false, count: 5 } })).toBe(
      true,
    );
    expect(
      meetsLifecycleGoal(scenario, {
        s3Versions: { current: true, isDeleteMarker: true, count: 3 },
      }),
    ).toBe(true);
    expect(last.summary).toBe('+1 day → 2026-03-02: 3 delete markers');
  });

  it('locked versions survive lifecycle expiration; governance yields to the bypass, compliance to nobody', () => {
    const locked = run(versioned(true), [
      {
        type: 's3.objects.generate',
        prefix: 'gov/',
        name: 'a.txt',
        count: 1,
        everyDays: 40,
        size: MB,
        overwrite: false,
        lock: { mode: 'GOVERNANCE', retainDays: 365 },
      },
      {
        type: 's3.objects.generate',
        prefix: 'comp/',
        name: 'b.txt',
        count: 1,
        everyDays: 40,
        size: MB,
        overwrite: false,
        lock: { mode: 'COMPLIANCE', retainDays: 365 },
      },
      {
        type: 's3.configuration.edit',
        text: s3Config({
          Expiration: { Days: 30 },
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        }),
      },
      { type: 's3.clock.advance', days: 10 },
    ]).scenario;
    const gov = locked.s3.objects.find((o) => o.key.startsWith('gov/'))!;
    const comp = locked.s3.objects.find((o) => o.key.startsWith('comp/'))!;
    expect(gov.versions.map((v) => [v.versionId, v.isDeleteMarker])).toEqual([
      ['v1', false],
      ['dm-2026-03-02', true],
    ]);
    expect(comp.versions.map((v) => v.versionId)).toEqual(['v1', 'dm-2026-03-02']);
    expect(locked.s3.timeline.filter((e) => e.action === 'delete')).toEqual([]);

    const denied = applyLifecycleAction(locked, {
      type: 's3.object.delete',
      key: gov.key,
      versionId: 'v1',
      bypassGovernance: false,
    });
    expect(denied.scenario.s3.lastRequest).toMatchObject({ status: 403 });
    const bypassed = applyLifecycleAction(locked, {
      type: 's3.object.delete',
      key: gov.key,
      versionId: 'v1',
      bypassGovernance: true,
    });
    expect(bypassed.scenario.s3.lastRequest).toMatchObject({ status: 204 });
    expect(
      meetsLifecycleGoal(bypassed.scenario, { s3VersionGone: { key: gov.key, versionId: 'v1' } }),
    ).toBe(true);
    const compliance = applyLifecycleAction(locked, {
      type: 's3.object.delete',
      key: comp.key,
      versionId: 'v1',
      bypassGovernance: true,
    });
    expect(compliance.scenario.s3.lastRequest).toMatchObject({
      status: 403,
      message: 'AccessDenied: compliance retention',
    });
    const shorten = applyLifecycleAction(locked, {
      type: 's3.retention.set',
      key: comp.key,
      versionId: 'v1',
      mode: 'COMPLIANCE',
      retainDays: 1,
      bypassGovernance: true,
    });
    expect(shorten.scenario.s3.lastRequest?.status).toBe(403);
    const extend = applyLifecycleAction(locked, {
      type: 's3.retention.set',
      key: comp.key,
      versionId: 'v1',
      mode: 'COMPLIANCE',
      retainDays: 3650,
      bypassGovernance: false,
    });
    expect(extend.scenario.s3.lastRequest?.status).toBe(200);
  });

  it('a legal hold stops even a bypassing delete; a plain DELETE on a locked object adds a delete marker', () => {
    const start = run(versioned(true), [
      { type: 's3.object.put', key: 'evidence.pdf', size: MB },
    ]).scenario;
    const held = applyLifecycleAction(start, {
      type: 's3.legalHold.set',
      key: 'evidence.pdf',
      versionId: 'v1',
      on: true,
    }).scenario;
    const refused = applyLifecycleAction(held, {
      type: 's3.object.delete',
      key: 'evidence.pdf',
      versionId: 'v1',
      bypassGovernance: true,
    });
    expect(refused.scenario.s3.lastRequest).toMatchObject({
      status: 403,
      message: 'AccessDenied: legal hold',
    });
    const marker = applyLifecycleAction(held, {
      type: 's3.object.delete',
      key: 'evidence.pdf',
      versionId: null,
      bypassGovernance: false,
    });
    expect(
      marker.scenario.s3.objects[0]!.versions.map((v) => [v.versionId, v.isDeleteMarker]),
    ).toEqual([
      ['v1', false],
      ['v2', true],
    ]);
    expect(marker.trace.join(' ')).toMatch(/even though v1 \(legal hold\) is locked/);
  });

  it('versioning and Object Lock follow the bucket rules', () => {
    const s = versioned();
    expect(
      applyLifecycleAction(s, { type: 's3.versioning.set', versioning: 'Disabled' }).summary,
    ).toBe('Versioning cannot be disabled');
    const locked = applyLifecycleAction(s, { type: 's3.objectLock.enable' }).scenario;
    expect(locked.s3.bucket.objectLock).toBe(true);
    expect(
      applyLifecycleAction(locked, { type: 's3.versioning.set', versioning: 'Suspended' }).summary,
    ).toBe('Versioning cannot be suspended');
    const unversioned: LifecycleScenario = {
      ...empty,
      s3: { ...empty.s3, bucket: { ...empty.s3.bucket, versioning: 'Disabled' } },
    };
    expect(applyLifecycleAction(unversioned, { type: 's3.objectLock.enable' }).summary).toBe(
      'Object Lock refused',
    );
    const put = run(unversioned, [
      { type: 's3.object.put', key: 'a', size: 1 },
      { type: 's3.object.put', key: 'a', size: 2 },
    ]).scenario;
    expect(put.s3.objects[0]!.versions.map((v) => v.versionId)).toEqual(['null']);
  });

  it('charges early deletion when a version leaves Glacier IR before 90 days', () => {
    const { scenario } = run(
      { ...empty, s3: { ...empty.s3, bucket: { ...empty.s3.bucket, versioning: 'Disabled' } } },
      [
        { type: 's3.object.put', key: 'big.bin', size: 1024 * MB, storageClass: 'GLACIER_IR' },
        { type: 's3.clock.advance', days: 30 },
        { type: 's3.object.delete', key: 'big.bin', versionId: null, bypassGovernance: false },
      ],
    );
    // 60 days left at $0.004 per GB-month
    expect(scenario.s3.earlyDeletionUsd).toBeCloseTo(0.008, 6);
    expect(meetsLifecycleGoal(scenario, { s3EarlyDeletionAtMost: 0 })).toBe(false);
  });
});

describe('cost projection', () => {
  it('charts the policy against no policy', () => {
    const s = run(empty, [
      {
        type: 'ecr.images.generate',
        days: 10,
        everyDays: 1,
        tags: ['prod-', ''],
        sizeBytes: 1024 * MB,
      },
      { type: 'ecr.policy.edit', text: ecrPolicy },
      {
        type: 's3.objects.generate',
        prefix: 'b/',
        name: 'x',
        count: 10,
        everyDays: 1,
        size: 1024 * MB,
        overwrite: false,
        lock: null,
      },
      {
        type: 's3.configuration.edit',
        text: s3Config({
          Expiration: { Days: 5 },
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        }),
      },
    ]).scenario;
    const ecr = projectEcrCosts(s.ecr, 30);
    expect(ecr.points).toHaveLength(31);
    expect(ecr.points[0]!.withPolicy).toBeCloseTo(2.0);
    expect(ecr.points[30]!.withPolicy).toBeCloseTo(0.2);
    expect(ecr.points[30]!.withoutPolicy).toBeCloseTo(2.0);
    const s3 = projectS3Costs(s.s3, 30);
    expect(s3.points[0]!.withPolicy).toBeCloseTo(0.23);
    expect(s3.points[30]!.withPolicy).toBe(0);
  });
});

describe('parsing', () => {
  it('rejects bad scenarios with a PolicyError at the path', () => {
    const bad = {
      ...empty,
      ecr: { ...empty.ecr, images: [{ digest: 'a', tags: ['no spaces'], pushedAt: NOW }] },
    };
    expect(() => parseLifecycleScenario(bad)).toThrow(PolicyError);
    try {
      parseLifecycleScenario(bad);
    } catch (error) {
      expect((error as PolicyError).path).toBe('ecr.images[0].tags[0]');
    }
    expect(() => parseLifecycleScenario(JSON.parse('{"__proto__": {}}'))).toThrow(/__proto__/);
    const dup = {
      ...empty,
      s3: {
        ...empty.s3,
        objects: [
          {
            key: 'k',
            size: 1,
            tags: {},
            versions: [
              { versionId: 'v1', createdAt: NOW, storageClass: 'STANDARD', isDeleteMarker: false },
            ],
          },
          {
            key: 'k',
            size: 1,
            tags: {},
            versions: [
              { versionId: 'v1', createdAt: NOW, storageClass: 'STANDARD', isDeleteMarker: false },
            ],
          },
        ],
      },
    };
    expect(() => parseLifecycleScenario(dup)).toThrow(/unique/);
    expect(parseLifecycleScenario(empty)).toEqual(empty);
  });
});

// ---------------------------------------------------------------------------------------------

const days = fc.integer({ min: 1, max: 40 });
const tagArb = fc.constantFrom('prod-1', 'prod-2', 'dev-1', 'latest', 'v1');
const policyArb = fc.constantFrom(
  '',
  ecrPolicy,
  '{"rules": [',
  JSON.stringify(
    {
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 3 },
          action: { type: 'expire' },
        },
      ],
    },
    null,
    2,
  ),
);
const configArb = fc.constantFrom(
  '',
  s3Config({
    Expiration: { Days: 3 },
    NoncurrentVersionExpiration: { NoncurrentDays: 2, NewerNoncurrentVersions: 1 },
  }),
  s3Config({
    Transitions: [
      { Days: 30, StorageClass: 'STANDARD_IA' },
      { Days: 60, StorageClass: 'GLACIER' },
    ],
  }),
  '{"Rules": 3}',
);
const keyArb = fc.constantFrom('a', 'b', 'builds/x', 'builds/2026-02-27-app.zip');
const versionArb = fc.option(fc.constantFrom('v1', 'v2', 'null', 'dm-2026-03-05'), { nil: null });

const actionArb: fc.Arbitrary<LifecycleAction> = fc.oneof(
  policyArb.map((text) => ({ type: 'ecr.policy.edit' as const, text })),
  fc
    .record({
      tags: fc.uniqueArray(tagArb, { maxLength: 2 }),
      pushedDaysAgo: fc.integer({ min: 0, max: 60 }),
      pulledDaysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      sizeBytes: fc.integer({ min: 0, max: 1e9 }),
    })
    .map((r) => ({ type: 'ecr.image.add' as const, ...r })),
  fc
    .record({
      days: fc.integer({ min: 1, max: 30 }),
      everyDays: fc.integer({ min: 1, max: 7 }),
      tags: fc.uniqueArray(fc.constantFrom('dev-', 'prod-', ''), { minLength: 1, maxLength: 3 }),
      sizeBytes: fc.constant(MB),
    })
    .map((r) => ({ type: 'ecr.images.generate' as const, ...r })),
  days.map((d) => ({ type: 'ecr.clock.advance' as const, days: d })),
  fc.constantFrom('sha256:nope').map((digest) => ({ type: 'ecr.image.remove' as const, digest })),
  configArb.map((text) => ({ type: 's3.configuration.edit' as const, text })),
  fc
    .constantFrom('Disabled', 'Enabled', 'Suspended')
    .map((versioning) => ({ type: 's3.versioning.set' as const, versioning })),
  fc.constant({ type: 's3.objectLock.enable' as const }),
  fc
    .record({
      key: keyArb,
      size: fc.integer({ min: 0, max: 1e9 }),
      storageClass: fc.constantFrom('STANDARD', 'GLACIER_IR', 'STANDARD_IA'),
      lock: fc.option(
        fc.record({
          mode: fc.constantFrom('GOVERNANCE', 'COMPLIANCE'),
          retainDays: fc.integer({ min: 1, max: 20 }),
        }),
        { nil: null },
      ),
    })
    .map((r) => ({ type: 's3.object.put' as const, ...r })),
  fc
    .record({ key: keyArb, versionId: versionArb, bypassGovernance: fc.boolean() })
    .map((r) => ({ type: 's3.object.delete' as const, ...r })),
  fc
    .record({
      key: keyArb,
      versionId: fc.constantFrom('v1', 'null'),
      mode: fc.constantFrom('GOVERNANCE', 'COMPLIANCE', null),
      retainDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      bypassGovernance: fc.boolean(),
    })
    .map((r) => ({ type: 's3.retention.set' as const, ...r })),
  fc
    .record({ key: keyArb, versionId: fc.constantFrom('v1', 'null'), on: fc.boolean() })
    .map((r) => ({ type: 's3.legalHold.set' as const, ...r })),
  fc
    .record({
      prefix: fc.constantFrom('builds/', ''),
      name: fc.constantFrom('app.zip', 'x'),
      count: fc.integer({ min: 1, max: 8 }),
      everyDays: fc.integer({ min: 1, max: 5 }),
      size: fc.integer({ min: 1, max: 1e9 }),
      overwrite: fc.boolean(),
      lock: fc.option(
        fc.record({
          mode: fc.constantFrom('GOVERNANCE', 'COMPLIANCE'),
          retainDays: fc.integer({ min: 1, max: 20 }),
        }),
        { nil: null },
      ),
    })
    .map((r) => ({ type: 's3.objects.generate' as const, ...r })),
  days.map((d) => ({ type: 's3.clock.advance' as const, days: d })),
);

describe('properties', () => {
  it('never throws on a sequence of valid actions, and every state parses again', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (actions) => {
        let scenario = empty;
        for (const action of actions) {
          expect(parseLifecycleAction(action)).toEqual(action);
          const step = applyLifecycleAction(scenario, action);
          // "Refused" is the reducer's catch-all: an engine threw, which is a bug
          expect(step.summary).not.toBe('Refused');
          expect(step.summary.length).toBeGreaterThan(0);
          expect(step.trace.length).toBeGreaterThan(0);
          scenario = step.scenario;
        }
        // a share link or a save of any reachable state opens again
        expect(parseLifecycleScenario(JSON.parse(JSON.stringify(scenario)))).toEqual(
          JSON.parse(JSON.stringify(scenario)),
        );
        // time only moves forward
        expect(Date.parse(scenario.ecr.now)).toBeGreaterThanOrEqual(Date.parse(NOW));
      }),
      { numRuns: 150 },
    );
  });
});
