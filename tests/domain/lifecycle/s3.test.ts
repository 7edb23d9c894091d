import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/domain/errors';
import {
  applyS3Lifecycle,
  isVersionLocked,
  parseS3LifecycleConfiguration,
  printS3LifecycleConfiguration,
  validateS3LifecycleConfiguration,
  type S3Bucket,
  type S3LifecycleConfiguration,
  type S3Object,
  type S3ObjectVersion,
} from '../../../src/domain/lifecycle/s3';

const UNVERSIONED: S3Bucket = { versioning: 'Disabled', objectLock: false };
const VERSIONED: S3Bucket = { versioning: 'Enabled', objectLock: false };
const LOCKED: S3Bucket = { versioning: 'Enabled', objectLock: true };
const MB = 1_000_000;

const version = (
  versionId: string,
  createdAt: string,
  extra: Partial<S3ObjectVersion> = {},
): S3ObjectVersion => ({
  versionId,
  createdAt,
  storageClass: 'STANDARD',
  isDeleteMarker: false,
  ...extra,
});
const object = (
  key: string,
  versions: S3ObjectVersion[],
  size = MB,
  tags: Record<string, string> = {},
): S3Object => ({
  key,
  size,
  tags,
  versions,
});
const config = (...rules: object[]): S3LifecycleConfiguration =>
  validateS3LifecycleConfiguration({
    Rules: rules.map((r, i) => ({ ID: `rule-${i + 1}`, Status: 'Enabled', Filter: {}, ...r })),
  });

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).path;
  }
  throw new Error('expected a PolicyError');
}

describe('parseS3LifecycleConfiguration', () => {
  it('parses the CLI/API JSON form and prints it back', () => {
    const json = JSON.stringify({
      Rules: [
        {
          Transitions: [
            { Days: 30, StorageClass: 'STANDARD_IA' },
            { StorageClass: 'GLACIER', Days: 90 },
          ],
          Status: 'Enabled',
          ID: 'logs',
          Filter: {
            And: { Prefix: 'logs/', Tags: [{ Key: 'team', Value: 'a' }], ObjectSizeGreaterThan: 0 },
          },
          Expiration: { Days: 365 },
          NoncurrentVersionExpiration: { NoncurrentDays: 30, NewerNoncurrentVersions: 3 },
        },
      ],
    });
    const parsed = parseS3LifecycleConfiguration(json);
    expect(Object.keys(parsed.Rules[0] ?? {})).toEqual([
      'ID',
      'Status',
      'Filter',
      'Transitions',
      'Expiration',
      'NoncurrentVersionExpiration',
    ]);
    expect(parseS3LifecycleConfiguration(printS3LifecycleConfiguration(parsed))).toEqual(parsed);
  });

  it('accepts the deprecated rule-level Prefix and TransitionDefaultMinimumObjectSize', () => {
    const parsed = parseS3LifecycleConfiguration(
      JSON.stringify({
        TransitionDefaultMinimumObjectSize: 'varies_by_storage_class',
        Rules: [{ Prefix: 'old/', Status: 'Enabled', Expiration: { Days: 1 } }],
      }),
    );
    expect(parsed.Rules[0]?.Prefix).toBe('old/');
    expect(parsed.TransitionDefaultMinimumObjectSize).toBe('varies_by_storage_class');
  });

  it('wraps JSON syntax errors and rejects non-objects', () => {
    expect(pathOf(() => parseS3LifecycleConfiguration('{"Rules": [}'))).toBe('');
    expect(() => parseS3LifecycleConfiguration('{"Rules": [}')).toThrow(/position \d+/);
    expect(pathOf(() => parseS3LifecycleConfiguration('null'))).toBe('');
    expect(pathOf(() => parseS3LifecycleConfiguration('{}'))).toBe('Rules');
    expect(pathOf(() => parseS3LifecycleConfiguration('{"Rules":[]}'))).toBe('Rules');
  });

  it('allows at most 1,000 rules', () => {
    const rules = Array.from({ length: 1001 }, (_, i) => ({
      ID: `r${i}`,
      Status: 'Enabled',
      Filter: { Prefix: `p${i}/` },
      Expiration: { Days: 1 },
    }));
    expect(pathOf(() => validateS3LifecycleConfiguration({ Rules: rules }))).toBe('Rules');
    expect(() => validateS3LifecycleConfiguration({ Rules: rules.slice(0, 1000) })).not.toThrow();
  });

  it('points at the singular Transition of the older API', () => {
    const bad = {
      Rules: [
        {
          ID: 'r',
          Status: 'Enabled',
          Filter: {},
          Transition: { Days: 30, StorageClass: 'GLACIER' },
        },
      ],
    };
    expect(() => validateS3LifecycleConfiguration(bad)).toThrow(/"Transitions" \(an array\)/);
    expect(pathOf(() => validateS3LifecycleConfiguration(bad))).toBe('Rules[0].Transition');
  });

  it('names deep paths', () => {
    const bad = {
      Rules: [
        {
          ID: 'r',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'a', Tags: [{ Key: 'k', Value: 1 }] } },
          Expiration: { Days: 1 },
        },
      ],
    };
    expect(pathOf(() => validateS3LifecycleConfiguration(bad))).toBe(
      'Rules[0].Filter.And.Tags[0].Value',
    );
    const dup = {
      Rules: [
        {
          ID: 'r',
          Status: 'Enabled',
          Filter: {
            And: {
              Tags: [
                { Key: 'k', Value: '1' },
                { Key: 'k', Value: '2' },
              ],
            },
          },
          Expiration: { Days: 1 },
        },
      ],
    };
    expect(pathOf(() => validateS3LifecycleConfiguration(dup))).toBe(
      'Rules[0].Filter.And.Tags[1].Key',
    );
    const single = {
      Rules: [
        { ID: 'r', Status: 'Enabled', Filter: { And: { Prefix: 'a/' } }, Expiration: { Days: 1 } },
      ],
    };
    expect(pathOf(() => validateS3LifecycleConfiguration(single))).toBe('Rules[0].Filter.And');
  });
});

describe('applyS3Lifecycle', () => {
  it('permanently removes an expired object from an unversioned bucket', () => {
    const objects = [object('a', [version('null', '2024-01-01T10:00:00Z')])];
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration: config({ Expiration: { Days: 10 } }),
      objects,
      now: '2024-02-01T00:00:00Z',
    });
    expect(result.objects).toEqual([]);
    expect(result.events).toEqual([
      { at: '2024-01-12T00:00:00Z', key: 'a', versionId: 'null', action: 'expire', rule: 'rule-1' },
    ]);
  });

  it('adds a delete marker in a versioned bucket and keeps the old version as noncurrent', () => {
    const objects = [object('a', [version('v1', '2024-01-01T10:00:00Z')])];
    const result = applyS3Lifecycle({
      bucket: VERSIONED,
      configuration: config({ Expiration: { Days: 10 } }),
      objects,
      now: '2024-02-01T00:00:00Z',
    });
    expect(result.objects[0]?.versions).toEqual([
      objects[0]?.versions[0],
      {
        versionId: 'dm-2024-01-12',
        createdAt: '2024-01-12T00:00:00Z',
        storageClass: 'STANDARD',
        isDeleteMarker: true,
      },
    ]);
    expect(result.events.map((e) => e.action)).toEqual(['delete-marker']);
  });

  it('in a suspended bucket, replaces the null version with the null delete marker', () => {
    const SUSPENDED: S3Bucket = { versioning: 'Suspended', objectLock: false };
    const objects = [
      object('a', [version('null', '2024-01-01T00:00:00Z'), version('v2', '2024-01-02T00:00:00Z')]),
    ];
    const result = applyS3Lifecycle({
      bucket: SUSPENDED,
      configuration: config({ Expiration: { Days: 10 } }),
      objects,
      now: '2024-02-01T00:00:00Z',
    });
    expect(result.events.map((e) => `${e.at} ${e.versionId} ${e.action}`)).toEqual([
      '2024-01-12T00:00:00Z null delete',
      '2024-01-12T00:00:00Z null delete-marker',
    ]);
    expect(
      result.objects[0]?.versions.map(
        (v) => `${v.versionId}${v.isDeleteMarker ? ' (marker)' : ''}`,
      ),
    ).toEqual(['v2', 'null (marker)']);
  });

  it('does nothing to a delete marker that still has noncurrent versions', () => {
    const objects = [
      object('a', [
        version('v1', '2024-01-01T00:00:00Z'),
        version('dm', '2024-01-02T00:00:00Z', { isDeleteMarker: true }),
      ]),
    ];
    const result = applyS3Lifecycle({
      bucket: VERSIONED,
      configuration: config({ Expiration: { Days: 1 } }),
      objects,
      now: '2025-01-01T00:00:00Z',
    });
    expect(result.events).toEqual([]);
    expect(result.objects[0]).toBe(objects[0]);
  });

  it('never permanently deletes a locked version, and says why', () => {
    const objects = [
      object('ledger.csv', [
        version('v1', '2024-01-01T00:00:00Z', {
          lock: { mode: 'GOVERNANCE', retainUntil: '2030-01-01T00:00:00Z' },
        }),
        version('v2', '2024-01-05T00:00:00Z'),
        version('v3', '2024-01-10T00:00:00Z', {
          lock: { mode: 'COMPLIANCE', retainUntil: '2027-01-01T00:00:00Z' },
        }),
      ]),
    ];
    const result = applyS3Lifecycle({
      bucket: LOCKED,
      configuration: config({
        Expiration: { Days: 30 },
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
      }),
      objects,
      now: '2025-01-01T00:00:00Z',
    });
    expect(result.objects[0]?.versions.map((v) => v.versionId)).toEqual([
      'v1',
      'v3',
      'dm-2024-02-09',
    ]);
    expect(result.events.map((e) => `${e.versionId} ${e.action}`)).toEqual([
      'v2 delete',
      'dm-2024-02-09 delete-marker',
    ]);
    expect(result.trace).toContain(
      'ledger.csv v3 kept: COMPLIANCE lock until 2027-01-01; rule-1 would delete it from 2024-02-10, but lifecycle never deletes a locked version',
    );
    expect(result.trace).toContain(
      'ledger.csv v1 kept: GOVERNANCE lock until 2030-01-01; rule-1 would delete it from 2024-01-11, but lifecycle never deletes a locked version',
    );
  });

  it('deletes a version at the first run after its retention ends', () => {
    const objects = [
      object('a', [
        version('v1', '2024-01-01T00:00:00Z', {
          lock: { mode: 'COMPLIANCE', retainUntil: '2024-03-01T06:00:00Z' },
        }),
        version('v2', '2024-01-02T00:00:00Z'),
      ]),
    ];
    const configuration = config({ NoncurrentVersionExpiration: { NoncurrentDays: 1 } });
    expect(
      applyS3Lifecycle({ bucket: LOCKED, configuration, objects, now: '2024-03-01T23:59:59Z' })
        .events,
    ).toEqual([]);
    expect(
      applyS3Lifecycle({ bucket: LOCKED, configuration, objects, now: '2024-03-02T00:00:00Z' })
        .events,
    ).toEqual([
      { at: '2024-03-02T00:00:00Z', key: 'a', versionId: 'v1', action: 'delete', rule: 'rule-1' },
    ]);
  });

  it('lets small objects go to Glacier and Deep Archive under varies_by_storage_class', () => {
    const base = config({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] });
    const objects = [object('tiny', [version('null', '2024-01-01T00:00:00Z')], 1000)];
    const now = '2024-06-01T00:00:00Z';
    expect(
      applyS3Lifecycle({ bucket: UNVERSIONED, configuration: base, objects, now }).events,
    ).toEqual([]);
    const varies = {
      ...base,
      TransitionDefaultMinimumObjectSize: 'varies_by_storage_class' as const,
    };
    expect(
      applyS3Lifecycle({ bucket: UNVERSIONED, configuration: varies, objects, now }).events,
    ).toHaveLength(1);
  });

  it('says why a small object was not transitioned', () => {
    const objects = [object('tiny', [version('null', '2024-01-01T00:00:00Z')], 1000)];
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration: config({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }),
      objects,
      now: '2024-06-01T00:00:00Z',
    });
    expect(result.trace.at(-1)).toMatch(
      /tiny null not transitioned to GLACIER by rule-1: 1000 bytes is under 128 KB/,
    );
  });

  it('does not transition up the waterfall or into the class an object is already in', () => {
    const objects = [
      object('a', [version('null', '2024-01-01T00:00:00Z', { storageClass: 'DEEP_ARCHIVE' })]),
    ];
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration: config({ Transitions: [{ Days: 30, StorageClass: 'GLACIER' }] }),
      objects,
      now: '2025-01-01T00:00:00Z',
    });
    expect(result.events).toEqual([]);
  });

  it('applies Date actions to objects created after the date at the next midnight', () => {
    const objects = [object('a', [version('null', '2030-05-05T13:00:00Z')])];
    const configuration = config({
      Transitions: [{ Date: '2030-01-01T00:00:00Z', StorageClass: 'GLACIER' }],
    });
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration,
      objects,
      now: '2030-06-01T00:00:00Z',
    });
    expect(result.events.map((e) => e.at)).toEqual(['2030-05-06T00:00:00Z']);
  });

  it('ignores disabled rules and objects no rule matches, returning them unchanged', () => {
    const objects = [object('docs/a', [version('null', '2020-01-01T00:00:00Z')])];
    const configuration = validateS3LifecycleConfiguration({
      Rules: [
        { ID: 'off', Status: 'Disabled', Filter: {}, Expiration: { Days: 1 } },
        { ID: 'logs', Status: 'Enabled', Filter: { Prefix: 'logs/' }, Expiration: { Days: 1 } },
      ],
    });
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration,
      objects,
      now: '2025-01-01T00:00:00Z',
    });
    expect(result.objects[0]).toBe(objects[0]);
  });

  it('matches a tag filter without a Value only against an empty value', () => {
    const configuration = config({ Filter: { Tag: { Key: 'tmp' } }, Expiration: { Days: 1 } });
    const objects = [
      object('a', [version('null', '2024-01-01T00:00:00Z')], MB, { tmp: '' }),
      object('b', [version('null', '2024-01-01T00:00:00Z')], MB, { tmp: 'yes' }),
    ];
    const result = applyS3Lifecycle({
      bucket: UNVERSIONED,
      configuration,
      objects,
      now: '2024-02-01T00:00:00Z',
    });
    expect(result.objects.map((o) => o.key)).toEqual(['b']);
  });

  it('accepts the configuration as JSON text', () => {
    const objects = [object('a', [version('null', '2024-01-01T10:00:00Z')])];
    const text = JSON.stringify({
      Rules: [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 1 } }],
    });
    expect(
      applyS3Lifecycle({
        bucket: UNVERSIONED,
        configuration: text,
        objects,
        now: '2024-02-01T00:00:00Z',
      }).events,
    ).toHaveLength(1);
  });

  it('rejects bad input with PolicyError paths', () => {
    const configuration = config({ Expiration: { Days: 1 } });
    const now = '2024-02-01T00:00:00Z';
    expect(
      pathOf(() =>
        applyS3Lifecycle({ bucket: UNVERSIONED, configuration, objects: [], now: 'later' }),
      ),
    ).toBe('now');
    expect(
      pathOf(() =>
        applyS3Lifecycle({
          bucket: { versioning: 'On' } as unknown as S3Bucket,
          configuration,
          objects: [],
          now,
        }),
      ),
    ).toBe('bucket.versioning');
    expect(
      pathOf(() =>
        applyS3Lifecycle({
          bucket: UNVERSIONED,
          configuration,
          objects: [object('a', [version('null', 'Tuesday')])],
          now,
        }),
      ),
    ).toBe('objects[0].versions[0].createdAt');
    expect(
      pathOf(() => applyS3Lifecycle({ bucket: UNVERSIONED, configuration: '{', objects: [], now })),
    ).toBe('');
  });

  it('gives the same answer when the caller replaces an object in a bucket it returned', () => {
    const configuration = config({ NoncurrentVersionExpiration: { NoncurrentDays: 1 } });
    const start = [
      object('a', [version('v1', '2024-01-01T00:00:00Z')]),
      object('b', [version('w1', '2024-01-01T00:00:00Z')]),
    ];
    const first = applyS3Lifecycle({
      bucket: VERSIONED,
      configuration,
      objects: start,
      now: '2024-02-01T00:00:00Z',
    });
    expect(first.events).toEqual([]);
    // nothing falls due: the bucket comes back as it was
    const quiet = applyS3Lifecycle({
      bucket: VERSIONED,
      configuration,
      objects: first.objects,
      now: '2024-02-05T00:00:00Z',
      since: '2024-02-01T00:00:00Z',
    });
    expect(quiet.objects).toEqual(first.objects);
    expect(quiet.objects[0]).toBe(first.objects[0]);
    // the caller writes a new version of "a" (a new object in the same slot)
    const objects = quiet.objects.slice();
    const a = objects[0] as S3Object;
    objects[0] = { ...a, versions: [...a.versions, version('v2', '2024-02-05T12:00:00Z')] };
    const input = {
      bucket: VERSIONED,
      configuration,
      now: '2024-03-01T00:00:00Z',
      since: '2024-02-05T00:00:00Z',
    };
    const next = applyS3Lifecycle({ ...input, objects });
    expect(next.events).toEqual([
      { at: '2024-02-07T00:00:00Z', key: 'a', versionId: 'v1', action: 'delete', rule: 'rule-1' },
    ]);
    expect(next).toEqual(applyS3Lifecycle({ ...input, objects: structuredClone(objects) }));
  });

  it('does not modify its inputs', () => {
    const objects = [
      object('a', [
        version('v1', '2024-01-01T00:00:00Z', {
          lock: { mode: 'COMPLIANCE', retainUntil: '2024-06-01T00:00:00Z' },
        }),
        version('v2', '2024-01-02T00:00:00Z'),
      ]),
    ];
    const configuration = config({
      Transitions: [{ Days: 30, StorageClass: 'GLACIER' }],
      Expiration: { Days: 60 },
      NoncurrentVersionExpiration: { NoncurrentDays: 10 },
    });
    const before = structuredClone({ objects, configuration });
    applyS3Lifecycle({ bucket: LOCKED, configuration, objects, now: '2025-01-01T00:00:00Z' });
    expect({ objects, configuration }).toEqual(before);
  });
});

describe('isVersionLocked', () => {
  it('reads retention and legal holds', () => {
    const at = '2025-01-01T00:00:00Z';
    expect(isVersionLocked(version('a', at), at)).toBe(false);
    expect(
      isVersionLocked(
        version('a', at, { lock: { mode: 'COMPLIANCE', retainUntil: '2025-01-02T00:00:00Z' } }),
        at,
      ),
    ).toBe(true);
    expect(
      isVersionLocked(
        version('a', at, { lock: { mode: 'GOVERNANCE', retainUntil: '2024-12-31T00:00:00Z' } }),
        at,
      ),
    ).toBe(false);
    expect(isVersionLocked(version('a', at, { lock: { mode: null, legalHold: true } }), at)).toBe(
      true,
    );
  });
});
