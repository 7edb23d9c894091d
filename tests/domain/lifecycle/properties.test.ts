/**
 * Properties of the lifecycle engines, checked on generated policies, images and buckets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  compileGlob,
  parseEcrLifecyclePolicy,
  previewEcrLifecycle,
  printEcrLifecyclePolicy,
  validateEcrLifecyclePolicy,
  type EcrImage,
  type EcrLifecyclePolicy,
  type EcrLifecycleRule,
  type EcrSelection,
} from '../../../src/domain/lifecycle/ecr';
import {
  applyS3Lifecycle,
  parseS3LifecycleConfiguration,
  printS3LifecycleConfiguration,
  validateS3LifecycleConfiguration,
  type S3Bucket,
  type S3LifecycleConfiguration,
  type S3LifecycleEvent,
  type S3Object,
  type S3ObjectVersion,
} from '../../../src/domain/lifecycle/s3';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function onlyPolicyErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (error instanceof PolicyError) return true;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// ECR generators

const TAGS = [
  'prod-1',
  'prod-2',
  'production',
  'dev-1',
  'dev-2',
  'beta-1',
  'latest',
  'v1.2.3',
  'git-abc',
];

const countArb = fc.oneof(
  fc.record({
    countType: fc.constant('imageCountMoreThan' as const),
    countNumber: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({
    countType: fc.constant('sinceImagePushed' as const),
    countUnit: fc.constant('days' as const),
    countNumber: fc.integer({ min: 1, max: 300 }),
  }),
);

const ruleKindArb = fc.record({
  kind: fc.constantFrom('prefix', 'pattern', 'untagged', 'pulled'),
  list: fc.uniqueArray(fc.constantFrom('prod', 'dev', 'beta', 'v', 'lat', 'git'), {
    minLength: 1,
    maxLength: 2,
  }),
  count: countArb,
  pulledDays: fc.integer({ min: 1, max: 200 }),
  transition: fc.boolean(),
});

const ecrPolicyArb: fc.Arbitrary<EcrLifecyclePolicy> = fc
  .record({
    kinds: fc.array(ruleKindArb, { minLength: 0, maxLength: 6 }),
    standardAny: fc.option(countArb, { nil: undefined }),
    archiveExpire: fc.option(fc.integer({ min: 90, max: 400 }), { nil: undefined }),
    priorities: fc.uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 8, maxLength: 8 }),
    description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  })
  .map(({ kinds, standardAny, archiveExpire, priorities, description }) => {
    const rules: EcrLifecycleRule[] = [];
    let untaggedUsed = false;
    const lists = new Set<string>();
    kinds.forEach((k, i) => {
      const rulePriority = priorities[i] ?? i + 1;
      const action = k.transition
        ? { type: 'transition' as const, targetStorageClass: 'archive' as const }
        : { type: 'expire' as const };
      let selection: EcrSelection;
      if (k.kind === 'pulled') {
        selection = {
          tagStatus: 'tagged',
          tagPatternList: k.list.map((p) => `${p}*`),
          countType: 'sinceImagePulled',
          countUnit: 'days',
          countNumber: k.pulledDays,
        };
        const key = `pulled:${[...k.list].sort().join()}`;
        if (lists.has(key)) return;
        lists.add(key);
        rules.push({
          rulePriority,
          selection,
          action: { type: 'transition', targetStorageClass: 'archive' },
        });
        return;
      }
      if (k.kind === 'untagged') {
        if (untaggedUsed) return;
        untaggedUsed = true;
        selection = { tagStatus: 'untagged', ...k.count };
      } else {
        const key = `${k.kind}:${[...k.list].sort().join()}`;
        if (lists.has(key)) return;
        lists.add(key);
        selection =
          k.kind === 'prefix'
            ? { tagStatus: 'tagged', tagPrefixList: k.list, ...k.count }
            : { tagStatus: 'tagged', tagPatternList: k.list.map((p) => `*${p}*`), ...k.count };
      }
      rules.push(
        description === undefined
          ? { rulePriority, selection, action }
          : { rulePriority, description, selection, action },
      );
    });
    if (standardAny)
      rules.push({
        rulePriority: 1000,
        selection: { tagStatus: 'any', ...standardAny },
        action: { type: 'expire' },
      });
    if (archiveExpire !== undefined || rules.length === 0) {
      rules.push({
        rulePriority: 1001,
        selection: {
          tagStatus: 'any',
          storageClass: 'archive',
          countType: 'sinceImageTransitioned',
          countUnit: 'days',
          countNumber: archiveExpire ?? 90,
        },
        action: { type: 'expire' },
      });
    }
    return { rules };
  });

const imageArb = fc.record({
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  pushedDaysAgo: fc.integer({ min: 0, max: 500 }),
  archived: fc.boolean(),
  pulledDaysAgo: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  archivedDaysAgo: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
});

const imagesArb: fc.Arbitrary<EcrImage[]> = fc.array(imageArb, { maxLength: 25 }).map((list) =>
  list.map((g, i) => ({
    digest: `sha256:${i.toString(16).padStart(64, '0')}`,
    tags: g.tags,
    pushedAt: iso(NOW - g.pushedDaysAgo * DAY),
    storageClass: g.archived ? 'archive' : 'standard',
    lastPulledAt: g.pulledDaysAgo === null ? null : iso(NOW - g.pulledDaysAgo * DAY),
    lastArchivedAt:
      g.archived && g.archivedDaysAgo !== null ? iso(NOW - g.archivedDaysAgo * DAY) : null,
  })),
);

/** The rule's selection, written out plainly from the evaluation rules, for cross-checking. */
function selects(rule: EcrLifecycleRule, image: EcrImage): boolean {
  const storageClass = rule.selection.storageClass ?? 'standard';
  if ((image.storageClass ?? 'standard') !== storageClass) return false;
  const s = rule.selection;
  if (s.tagStatus === 'any') return true;
  if (s.tagStatus === 'untagged') return image.tags.length === 0;
  if (s.tagPrefixList) return s.tagPrefixList.every((p) => image.tags.some((t) => t.startsWith(p)));
  return (s.tagPatternList ?? []).every((p) => {
    const re = new RegExp(
      `^${p
        .split('*')
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return image.tags.some((t) => re.test(t));
  });
}

describe('ECR lifecycle properties', { timeout: 60_000 }, () => {
  it('generated policies are valid, and parse(print(policy)) is the policy', () => {
    fc.assert(
      fc.property(ecrPolicyArb, (policy) => {
        const text = printEcrLifecyclePolicy(policy);
        const parsed = parseEcrLifecyclePolicy(text);
        expect(parsed).toEqual(policy);
        expect(printEcrLifecyclePolicy(parsed)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of image order', () => {
    fc.assert(
      fc.property(ecrPolicyArb, imagesArb, fc.integer(), (policy, images, seed) => {
        const a = previewEcrLifecycle(policy, images, iso(NOW));
        const b = previewEcrLifecycle(policy, images, iso(NOW));
        expect(b).toEqual(a);
        const shuffled = [...images].sort(
          (x, y) => ((x.digest.charCodeAt(70) ^ seed) & 7) - ((y.digest.charCodeAt(70) ^ seed) & 7),
        );
        const c = previewEcrLifecycle(policy, shuffled, iso(NOW));
        expect(c.expired).toEqual(a.expired);
        expect(c.transitioned).toEqual(a.transitioned);
      }),
      { numRuns: 200 },
    );
  });

  it('acts on each image at most once, only on images that exist, by the first rule that selects it', () => {
    fc.assert(
      fc.property(ecrPolicyArb, imagesArb, (policy, images) => {
        const result = previewEcrLifecycle(policy, images, iso(NOW));
        const acted = [...result.expired, ...result.transitioned];
        const digests = acted.map((a) => a.digest);
        expect(new Set(digests).size).toBe(digests.length);
        expect(acted.length).toBeLessThanOrEqual(images.length);
        const byDigest = new Map(images.map((i) => [i.digest, i]));
        const ordered = [...policy.rules].sort((x, y) => x.rulePriority - y.rulePriority);
        for (const action of acted) {
          const image = byDigest.get(action.digest);
          expect(image).toBeDefined();
          if (!image) continue;
          // the acting rule is the first (lowest rulePriority) rule whose selection matches the image (ERRATA 11)
          const first = ordered.find((r) => selects(r, image));
          expect(first?.rulePriority).toBe(action.rulePriority);
        }
        for (const t of result.transitioned)
          expect(byDigest.get(t.digest)?.storageClass ?? 'standard').toBe('standard');
        for (const e of result.expired) {
          const image = byDigest.get(e.digest);
          // archived images are never expired before 90 days in archive (archive-image)
          if (image?.storageClass === 'archive') {
            expect(NOW - Date.parse(image.lastArchivedAt ?? '')).toBeGreaterThanOrEqual(90 * DAY);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parse throws nothing but PolicyError on arbitrary strings and JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) =>
        onlyPolicyErrors(() => parseEcrLifecyclePolicy(s)),
      ),
    );
    fc.assert(fc.property(fc.json(), (s) => onlyPolicyErrors(() => parseEcrLifecyclePolicy(s))));
    fc.assert(
      fc.property(fc.json(), (s) =>
        onlyPolicyErrors(() => parseEcrLifecyclePolicy(s.padEnd(120, ' '))),
      ),
    );
    fc.assert(
      fc.property(fc.anything(), (v) => onlyPolicyErrors(() => validateEcrLifecyclePolicy(v))),
    );
    fc.assert(
      fc.property(fc.anything(), (v) =>
        onlyPolicyErrors(() => parseEcrLifecyclePolicy(v as string)),
      ),
    );
    fc.assert(
      fc.property(fc.anything(), (v) =>
        onlyPolicyErrors(() =>
          parseEcrLifecyclePolicy(
            JSON.stringify(
              { rules: [{ rulePriority: 1, selection: v, action: { type: 'expire' } }] },
              null,
              8,
            ),
          ),
        ),
      ),
    );
  });

  it('mutated valid policies still fail only with PolicyError', () => {
    fc.assert(
      fc.property(ecrPolicyArb, fc.nat(), fc.anything(), (policy, at, junk) => {
        const rules = policy.rules.map((r) => ({
          ...r,
          selection: { ...r.selection },
        })) as unknown as Record<string, unknown>[];
        const rule = rules[at % rules.length] ?? {};
        const keys = ['rulePriority', 'selection', 'action', 'description'];
        rule[keys[at % keys.length] ?? 'action'] = junk;
        return onlyPolicyErrors(() =>
          previewEcrLifecycle({ rules } as unknown as EcrLifecyclePolicy, [], iso(NOW)),
        );
      }),
    );
  });

  it('glob matching agrees with a regular expression', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab*]{0,8}$/),
        fc.stringMatching(/^[ab]{0,10}$/),
        (pattern, tag) => {
          const re = new RegExp(`^${pattern.split('*').join('.*')}$`);
          expect(compileGlob(pattern)(tag)).toBe(re.test(tag));
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// S3 generators

const START = Date.parse('2024-01-01T00:00:00Z');

const s3RuleArb = fc.record({
  prefix: fc.constantFrom('', 'logs/', 'a'),
  expirationDays: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  eodm: fc.boolean(),
  transition: fc.option(
    fc.record({
      first: fc.constantFrom('STANDARD_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER'),
      days: fc.integer({ min: 0, max: 60 }),
      deep: fc.boolean(),
    }),
    { nil: undefined },
  ),
  ncExpire: fc.option(
    fc.record({
      days: fc.integer({ min: 1, max: 100 }),
      newer: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  ncTransition: fc.option(
    fc.record({
      days: fc.integer({ min: 0, max: 50 }),
      newer: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  sizeFilter: fc.boolean(),
  enabled: fc.boolean(),
});

const s3ConfigArb: fc.Arbitrary<S3LifecycleConfiguration> = fc
  .array(s3RuleArb, { minLength: 1, maxLength: 4 })
  .map((specs) => {
    const Rules = specs.map((s, i) => {
      const rule: Record<string, unknown> = {
        ID: `r${i}`,
        Status: s.enabled || i === 0 ? 'Enabled' : 'Disabled',
        Filter: s.sizeFilter
          ? { And: { Prefix: s.prefix, ObjectSizeGreaterThan: 0 } }
          : { Prefix: s.prefix },
      };
      let latest = -1;
      if (s.transition) {
        const firstDays = s.transition.first.endsWith('_IA')
          ? Math.max(30, s.transition.days)
          : s.transition.days;
        const transitions: { Days: number; StorageClass: string }[] = [
          { Days: firstDays, StorageClass: s.transition.first },
        ];
        latest = firstDays;
        if (s.transition.deep) {
          const min =
            { STANDARD_IA: 30, INTELLIGENT_TIERING: 0, GLACIER_IR: 90, GLACIER: 90 }[
              s.transition.first
            ] ?? 0;
          latest = firstDays + Math.max(min, 1);
          transitions.push({ Days: latest, StorageClass: 'DEEP_ARCHIVE' });
        }
        rule['Transitions'] = transitions;
      }
      if (s.expirationDays !== undefined)
        rule['Expiration'] = { Days: Math.max(s.expirationDays, latest + 1) };
      else if (s.eodm) rule['Expiration'] = { ExpiredObjectDeleteMarker: true };
      let ncLatest = -1;
      if (s.ncTransition) {
        ncLatest = s.ncTransition.days;
        rule['NoncurrentVersionTransitions'] = [
          {
            NoncurrentDays: s.ncTransition.days,
            StorageClass: 'GLACIER',
            ...(s.ncTransition.newer ? { NewerNoncurrentVersions: s.ncTransition.newer } : {}),
          },
        ];
      }
      if (s.ncExpire) {
        rule['NoncurrentVersionExpiration'] = {
          NoncurrentDays: Math.max(s.ncExpire.days, ncLatest + 1),
          ...(s.ncExpire.newer ? { NewerNoncurrentVersions: s.ncExpire.newer } : {}),
        };
      }
      if (
        !rule['Transitions'] &&
        !rule['Expiration'] &&
        !rule['NoncurrentVersionTransitions'] &&
        !rule['NoncurrentVersionExpiration']
      ) {
        rule['Expiration'] = { Days: 100 };
      }
      return rule;
    });
    return validateS3LifecycleConfiguration({ Rules });
  });

const lockArb = fc.option(
  fc.oneof(
    fc.record({
      mode: fc.constantFrom('GOVERNANCE' as const, 'COMPLIANCE' as const),
      retainUntilDay: fc.integer({ min: 0, max: 900 }),
    }),
    fc.constant({ legalHold: true as const }),
  ),
  { nil: undefined },
);

const versionSpecArb = fc.record({
  gapDays: fc.integer({ min: 0, max: 40 }),
  hour: fc.integer({ min: 0, max: 23 }),
  dm: fc.boolean(),
  lock: lockArb,
});

const bucketArb: fc.Arbitrary<S3Bucket> = fc.constantFrom<S3Bucket>(
  { versioning: 'Enabled', objectLock: true },
  { versioning: 'Enabled', objectLock: false },
  { versioning: 'Suspended', objectLock: false },
  { versioning: 'Disabled', objectLock: false },
);

function objectsArb(bucket: S3Bucket): fc.Arbitrary<S3Object[]> {
  return fc
    .array(
      fc.record({
        key: fc.constantFrom('logs/a', 'logs/b', 'a.txt', 'b.bin', 'x'),
        size: fc.constantFrom(0, 1000, 200_000, 5_000_000),
        versions: fc.array(versionSpecArb, {
          minLength: bucket.versioning === 'Disabled' ? 1 : 0,
          maxLength: bucket.versioning === 'Disabled' ? 1 : 6,
        }),
        uploads: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 2 }),
      }),
      { maxLength: 5 },
    )
    .map((list) =>
      list.map((o, i) => {
        let t = START;
        const versions: S3ObjectVersion[] = o.versions.map((v, j) => {
          t += v.gapDays * DAY + v.hour * 3_600_000;
          const last = j === o.versions.length - 1;
          const version: S3ObjectVersion = {
            versionId:
              bucket.versioning === 'Disabled' || (bucket.versioning === 'Suspended' && last)
                ? 'null'
                : `v${j}`,
            createdAt: iso(t),
            storageClass: 'STANDARD',
            isDeleteMarker: bucket.versioning !== 'Disabled' && v.dm && j > 0,
          };
          if (v.lock && bucket.objectLock) {
            version.lock =
              'legalHold' in v.lock
                ? { mode: null, legalHold: true }
                : { mode: v.lock.mode, retainUntil: iso(START + v.lock.retainUntilDay * DAY) };
          }
          return version;
        });
        return {
          key: `${o.key}-${i}`,
          size: o.size,
          tags: {},
          versions,
          uploads: o.uploads.map((d, k) => ({
            uploadId: `u${k}`,
            initiatedAt: iso(START + d * DAY),
          })),
        };
      }),
    );
}

const scenarioArb = bucketArb.chain((bucket) =>
  fc.record({
    bucket: fc.constant(bucket),
    configuration: s3ConfigArb,
    objects: objectsArb(bucket),
    nowDay: fc.integer({ min: 0, max: 700 }),
    nowHour: fc.integer({ min: 0, max: 23 }),
  }),
);

function isLockedAt(v: S3ObjectVersion, t: number): boolean {
  if (!v.lock) return false;
  if (v.lock.legalHold === true) return true;
  return v.lock.retainUntil !== undefined && Date.parse(v.lock.retainUntil) > t;
}

describe('S3 lifecycle properties', { timeout: 60_000 }, () => {
  it('parse(print(configuration)) is the configuration', () => {
    fc.assert(
      fc.property(s3ConfigArb, (configuration) => {
        const text = printS3LifecycleConfiguration(configuration);
        expect(parseS3LifecycleConfiguration(text)).toEqual(configuration);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, ({ bucket, configuration, objects, nowDay }) => {
        const input = { bucket, configuration, objects, now: iso(START + nowDay * DAY) };
        expect(applyS3Lifecycle(input)).toEqual(applyS3Lifecycle(structuredClone(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('never removes a locked version, and deletes nothing before its retention ends', () => {
    fc.assert(
      fc.property(scenarioArb, ({ bucket, configuration, objects, nowDay, nowHour }) => {
        const now = START + nowDay * DAY + nowHour * 3_600_000;
        const result = applyS3Lifecycle({ bucket, configuration, objects, now: iso(now) });
        const out = new Map(
          result.objects.map((o) => [o.key, new Set(o.versions.map((v) => v.versionId))]),
        );
        for (const object of objects) {
          for (const v of object.versions) {
            if (isLockedAt(v, now))
              expect(out.get(object.key)?.has(v.versionId), `${object.key} ${v.versionId}`).toBe(
                true,
              );
          }
        }
        for (const event of result.events) {
          if (event.action !== 'delete' && event.action !== 'expire') continue;
          const original = objects
            .find((o) => o.key === event.key)
            ?.versions.find((v) => v.versionId === event.versionId);
          if (original) expect(isLockedAt(original, Date.parse(event.at))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('only acts at or before now, at midnight UTC, on versions that exist', () => {
    fc.assert(
      fc.property(scenarioArb, ({ bucket, configuration, objects, nowDay, nowHour }) => {
        const now = START + nowDay * DAY + nowHour * 3_600_000;
        const result = applyS3Lifecycle({ bucket, configuration, objects, now: iso(now) });
        const created = new Set<string>();
        for (const event of result.events) {
          const at = Date.parse(event.at);
          expect(at).toBeLessThanOrEqual(now);
          expect(at % DAY).toBe(0);
          if (event.action === 'delete-marker') created.add(`${event.key} ${event.versionId}`);
          else if (event.action !== 'abort-upload') {
            const known =
              created.has(`${event.key} ${event.versionId}`) ||
              objects.some(
                (o) =>
                  o.key === event.key && o.versions.some((v) => v.versionId === event.versionId),
              );
            expect(known).toBe(true);
          }
        }
        const total = (list: readonly S3Object[]) =>
          list.reduce((n, o) => n + o.versions.length, 0);
        const removed = result.events.filter(
          (e) => e.action === 'delete' || e.action === 'expire',
        ).length;
        const added = result.events.filter((e) => e.action === 'delete-marker').length;
        expect(total(result.objects)).toBe(total(objects) - removed + added);
      }),
      { numRuns: 300 },
    );
  });

  it('stepping day by day with `since` gives the same result as one call', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        fc.array(fc.integer({ min: 1, max: 45 }), { minLength: 1, maxLength: 30 }),
        ({ bucket, configuration, objects, nowDay, nowHour }, steps) => {
          const now = START + nowDay * DAY + nowHour * 3_600_000;
          const once = applyS3Lifecycle({ bucket, configuration, objects, now: iso(now) });
          let current: S3Object[] = [...objects];
          let since: string | undefined;
          const events: S3LifecycleEvent[] = [];
          let t = START - DAY;
          for (const step of [...steps, 10_000]) {
            t = Math.min(t + step * DAY + (step % 5) * 3_600_000, now);
            const result = applyS3Lifecycle({
              bucket,
              configuration,
              objects: current,
              now: iso(t),
              ...(since ? { since } : {}),
            });
            current = result.objects;
            events.push(...result.events);
            since = iso(t);
            if (t >= now) break;
          }
          expect(current).toEqual(once.objects);
          expect([...events].sort(byEvent)).toEqual([...once.events].sort(byEvent));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('parse throws nothing but PolicyError on arbitrary strings and JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) =>
        onlyPolicyErrors(() => parseS3LifecycleConfiguration(s)),
      ),
    );
    fc.assert(
      fc.property(fc.json(), (s) => onlyPolicyErrors(() => parseS3LifecycleConfiguration(s))),
    );
    fc.assert(
      fc.property(fc.anything(), (v) =>
        onlyPolicyErrors(() => validateS3LifecycleConfiguration(v)),
      ),
    );
    fc.assert(
      fc.property(fc.anything(), (v) =>
        onlyPolicyErrors(() => parseS3LifecycleConfiguration(v as string)),
      ),
    );
    fc.assert(
      fc.property(
        fc.anything(),
        fc.constantFrom(
          'Filter',
          'Expiration',
          'Transitions',
          'NoncurrentVersionExpiration',
          'NoncurrentVersionTransitions',
          'AbortIncompleteMultipartUpload',
          'ID',
        ),
        (v, key) =>
          onlyPolicyErrors(() =>
            validateS3LifecycleConfiguration({
              Rules: [
                { ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 }, [key]: v },
              ],
            }),
          ),
      ),
    );
  });

  it('apply throws nothing but PolicyError on malformed objects', () => {
    const configuration = validateS3LifecycleConfiguration({
      Rules: [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }],
    });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) =>
        onlyPolicyErrors(() =>
          applyS3Lifecycle({
            bucket: { versioning: 'Enabled', objectLock: false },
            configuration,
            objects: [
              {
                key: 'k',
                size: 1,
                tags: {},
                versions: [a as S3ObjectVersion, b as S3ObjectVersion],
              },
            ],
            now: '2025-01-01T00:00:00Z',
          }),
        ),
      ),
    );
  });
});

function byEvent(a: S3LifecycleEvent, b: S3LifecycleEvent): number {
  return (
    a.at.localeCompare(b.at) ||
    a.key.localeCompare(b.key) ||
    a.versionId.localeCompare(b.versionId) ||
    a.action.localeCompare(b.action)
  );
}
