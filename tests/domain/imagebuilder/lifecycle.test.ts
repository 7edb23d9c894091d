// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseLifecyclePolicy, previewImageLifecycle } from '../../../src/domain/imagebuilder';
import type { BuiltImage, LifecyclePolicy } from '../../../src/domain/imagebuilder';

const image = (
  version: string,
  dateCreated: string,
  extra: Partial<BuiltImage> = {},
): BuiltImage => ({
  name: 'golden',
  version,
  type: 'AMI',
  dateCreated,
  ...extra,
});
const images = [
  image('1.0.0/1', '2025-01-01T00:00:00Z'),
  image('1.0.0/2', '2025-06-01T00:00:00Z'),
  image('1.1.0/1', '2026-01-01T00:00:00Z', { tags: { keep: 'yes' } }),
  image('1.1.0/2', '2026-02-15T00:00:00Z'),
];
const policy = (
  details: LifecyclePolicy['policyDetails'],
  selection: LifecyclePolicy['resourceSelection'] = {
    recipes: [{ name: 'golden', semanticVersion: 'x.x.x' }],
  },
): LifecyclePolicy => ({
  name: 'golden-retention',
  resourceType: 'AMI_IMAGE',
  policyDetails: details,
  resourceSelection: selection,
});
const now = '2026-03-01T00:00:00Z';

describe('Image Builder lifecycle policies (imagebuilder/image-lifecycle-rules)', () => {
  it('deletes by count, keeping the newest', () => {
    const r = previewImageLifecycle(
      policy([{ action: { type: 'DELETE' }, filter: { type: 'COUNT', value: 2 } }]),
      images,
      now,
    );
    expect(r.actions).toEqual([
      { image: 'golden/1.0.0/1', action: 'DELETE', rule: 0 },
      { image: 'golden/1.0.0/2', action: 'DELETE', rule: 0 },
    ]);
  });

  it('acts by age but always retains the newest retainAtLeast', () => {
    const r = previewImageLifecycle(
      policy([
        {
          action: { type: 'DEPRECATE' },
          filter: { type: 'AGE', value: 1, unit: 'DAYS', retainAtLeast: 3 },
        },
      ]),
      images,
      now,
    );
    expect(r.actions.map((a) => a.image)).toEqual(['golden/1.0.0/1']);
  });

  it('lets the most severe rule win and skips excluded images', () => {
    const r = previewImageLifecycle(
      policy([
        { action: { type: 'DEPRECATE' }, filter: { type: 'AGE', value: 30, unit: 'DAYS' } },
        {
          action: { type: 'DELETE' },
          filter: { type: 'AGE', value: 6, unit: 'MONTHS' },
          exclusionRules: { tagMap: { keep: 'yes' } },
        },
      ]),
      images,
      now,
    );
    expect(r.actions).toEqual([
      { image: 'golden/1.0.0/1', action: 'DELETE', rule: 1 },
      { image: 'golden/1.0.0/2', action: 'DELETE', rule: 1 },
      { image: 'golden/1.1.0/1', action: 'DEPRECATE', rule: 0 },
    ]);
  });

  it('selects by recipe semantic version with x wildcards', () => {
    const r = previewImageLifecycle(
      policy([{ action: { type: 'DELETE' }, filter: { type: 'COUNT', value: 1 } }], {
        recipes: [{ name: 'golden', semanticVersion: '1.0.x' }],
      }),
      images,
      now,
    );
    expect(r.actions.map((a) => a.image)).toEqual(['golden/1.0.0/1']);
  });

  it('does not deprecate again what is already deprecated', () => {
    const r = previewImageLifecycle(
      policy([{ action: { type: 'DEPRECATE' }, filter: { type: 'COUNT', value: 3 } }]),
      [...images.slice(1), image('0.9.0/1', '2024-01-01T00:00:00Z', { status: 'DEPRECATED' })],
      now,
    );
    expect(r.actions).toEqual([]);
  });

  it('offers only DELETE for container images', () => {
    const bad = {
      ...policy([{ action: { type: 'DISABLE' }, filter: { type: 'COUNT', value: 1 } }]),
      resourceType: 'CONTAINER_IMAGE',
    };
    expect(() => parseLifecyclePolicy(bad)).toThrow(/policyDetails\[0\]\.action\.type/);
  });

  it('takes no action while disabled', () => {
    const r = previewImageLifecycle(
      {
        ...policy([{ action: { type: 'DELETE' }, filter: { type: 'COUNT', value: 1 } }]),
        status: 'DISABLED',
      },
      images,
      now,
    );
    expect(r.actions).toEqual([]);
  });
});
