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
} from '../../../src/domain/lifecycle/ecr';

const NOW = '2025-06-30T00:00:00Z';
const ago = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const digest = (c: string) => `sha256:${c.repeat(64)}`;
const image = (
  c: string,
  tags: string[],
  days: number,
  extra: Partial<EcrImage> = {},
): EcrImage => ({
  digest: digest(c),
  tags,
  pushedAt: ago(days),
  ...extra,
});
const expire = { type: 'expire' as const };
const policy = (...rules: EcrLifecycleRule[]): EcrLifecyclePolicy => ({ rules });
const text = (p: unknown) => JSON.stringify(p, null, 2);

function pathOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).path;
  }
  throw new Error('expected a PolicyError');
}

describe('parseEcrLifecyclePolicy', () => {
  const minimal = policy({
    rulePriority: 1,
    selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 },
    action: expire,
  });

  it('returns the policy as written, keys in template order', () => {
    const parsed = parseEcrLifecyclePolicy(
      text({
        rules: [
          {
            action: { type: 'expire' },
            selection: { countNumber: 1, countType: 'imageCountMoreThan', tagStatus: 'untagged' },
            rulePriority: 1,
          },
        ],
      }),
    );
    expect(parsed).toEqual(minimal);
    expect(Object.keys(parsed.rules[0] ?? {})).toEqual(['rulePriority', 'selection', 'action']);
    expect(parseEcrLifecyclePolicy(printEcrLifecyclePolicy(parsed))).toEqual(parsed);
  });

  it('wraps JSON syntax errors with the position', () => {
    const broken = `${text(minimal).slice(0, -3)},,]}`;
    expect(() => parseEcrLifecyclePolicy(broken)).toThrow(PolicyError);
    expect(() => parseEcrLifecyclePolicy(broken)).toThrow(/invalid JSON at position \d+/);
    expect(pathOf(() => parseEcrLifecyclePolicy(broken))).toBe('');
  });

  it('enforces the 100–30,720 character length of LifecyclePolicyText', () => {
    const compact = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
          action: expire,
        },
      ],
    });
    expect(compact.length).toBeGreaterThanOrEqual(100);
    expect(() => parseEcrLifecyclePolicy(compact)).not.toThrow();
    expect(() => parseEcrLifecyclePolicy('{"rules":[]}')).toThrow(/at least 100 characters/);
    const long = text(minimal) + ' '.repeat(30_721);
    expect(() => parseEcrLifecyclePolicy(long)).toThrow(/at most 30720 characters/);
  });

  it('takes 1 to 50 rules', () => {
    expect(pathOf(() => validateEcrLifecyclePolicy({ rules: [] }))).toBe('rules');
    const many = Array.from({ length: 51 }, (_, i) => ({
      rulePriority: i + 1,
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: [`p${i}`],
        countType: 'imageCountMoreThan',
        countNumber: 1,
      },
      action: expire,
    }));
    expect(pathOf(() => validateEcrLifecyclePolicy({ rules: many }))).toBe('rules');
    expect(() => validateEcrLifecyclePolicy({ rules: many.slice(0, 50) })).not.toThrow();
  });

  it('names the JSON path of the problem', () => {
    const bad = {
      rules: [
        minimal.rules[0],
        {
          rulePriority: 2,
          selection: {
            tagStatus: 'tagged',
            tagPrefixList: ['x'],
            countType: 'imageCountMoreThan',
            countUnit: 'days',
            countNumber: 1,
          },
          action: expire,
        },
      ],
    };
    expect(pathOf(() => parseEcrLifecyclePolicy(text(bad)))).toBe('rules[1].selection.countUnit');
    expect(pathOf(() => validateEcrLifecyclePolicy({ rules: [{ rulePriority: 1.5 }] }))).toBe(
      'rules[0].rulePriority',
    );
    expect(pathOf(() => validateEcrLifecyclePolicy({ rules: [{ rulePriority: 0 }] }))).toBe(
      'rules[0].rulePriority',
    );
    expect(pathOf(() => validateEcrLifecyclePolicy({ rules: [minimal.rules[0]], extra: 1 }))).toBe(
      'extra',
    );
    expect(pathOf(() => validateEcrLifecyclePolicy([]))).toBe('');
    expect(
      pathOf(() =>
        validateEcrLifecyclePolicy({
          rules: [{ ...minimal.rules[0], action: { type: 'delete' } }],
        }),
      ),
    ).toBe('rules[0].action.type');
    expect(
      pathOf(() =>
        validateEcrLifecyclePolicy({ rules: [{ ...minimal.rules[0], description: 5 }] }),
      ),
    ).toBe('rules[0].description');
  });

  it('applies the "any is last" and "one untagged rule" checks per storage class', () => {
    const archiveExpire = {
      rulePriority: 2,
      selection: {
        tagStatus: 'any' as const,
        storageClass: 'archive' as const,
        countType: 'sinceImageTransitioned' as const,
        countUnit: 'days' as const,
        countNumber: 365,
      },
      action: expire,
    };
    const standardAny = {
      rulePriority: 1,
      selection: {
        tagStatus: 'any' as const,
        countType: 'imageCountMoreThan' as const,
        countNumber: 5,
      },
      action: expire,
    };
    expect(() => validateEcrLifecyclePolicy(policy(standardAny, archiveExpire))).not.toThrow();
    const untaggedAfterAny = {
      rulePriority: 3,
      selection: {
        tagStatus: 'untagged' as const,
        countType: 'imageCountMoreThan' as const,
        countNumber: 1,
      },
      action: expire,
    };
    expect(
      pathOf(() =>
        validateEcrLifecyclePolicy(policy(standardAny, archiveExpire, untaggedAfterAny)),
      ),
    ).toBe('rules[0].selection.tagStatus');
  });

  it('rejects two rules of one storage class with the same tag list', () => {
    const r = (p: number, list: string[]) => ({
      rulePriority: p,
      selection: {
        tagStatus: 'tagged' as const,
        tagPrefixList: list,
        countType: 'imageCountMoreThan' as const,
        countNumber: 1,
      },
      action: expire,
    });
    expect(
      pathOf(() => validateEcrLifecyclePolicy(policy(r(1, ['a', 'b']), r(2, ['b', 'a'])))),
    ).toBe('rules[1].selection.tagPrefixList');
    expect(() => validateEcrLifecyclePolicy(policy(r(1, ['a']), r(2, ['a', 'b'])))).not.toThrow();
  });

  it('throws PolicyError for non-string input', () => {
    expect(() => parseEcrLifecyclePolicy(42 as unknown as string)).toThrow(PolicyError);
    expect(() => parseEcrLifecyclePolicy(null as unknown as string)).toThrow(PolicyError);
  });
});

describe('tag pattern wildcards', () => {
  it.each([
    ['prod*', 'prod', true],
    ['prod*', 'production-team1', true],
    ['prod*', 'repo-prod', false],
    ['*prod*', 'repo-production', true],
    ['*prod*', 'prod-team', true],
    ['*test*1*2*3', 'a-test-1-2-3', true],
    ['*test*1*2*3', 'a-test-1-2-3-4', false],
    ['v*.*.*', 'v1.2.3', true],
    ['v*.*.*', 'v1.2', false],
    ['latest', 'latest', true],
    ['latest', 'latest2', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
  ])('%s against %s → %s', (pattern, tag, expected) => {
    expect(compileGlob(pattern)(tag)).toBe(expected);
  });
});

describe('previewEcrLifecycle', () => {
  const prodFirst = policy(
    {
      rulePriority: 1,
      description: 'keep prod',
      selection: {
        tagStatus: 'tagged',
        tagPatternList: ['prod*'],
        countType: 'imageCountMoreThan',
        countNumber: 100,
      },
      action: expire,
    },
    {
      rulePriority: 3,
      selection: {
        tagStatus: 'any',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 30,
      },
      action: expire,
    },
  );

  it('never lets a lower-priority rule expire an image a higher rule matched and kept (ERRATA 11)', () => {
    const images = [image('a', ['prod-1'], 400), image('b', ['dev-1'], 400), image('c', [], 5)];
    const result = previewEcrLifecycle(prodFirst, images, NOW);
    expect(result.expired).toEqual([{ digest: digest('b'), rulePriority: 3 }]);
    expect(result.trace).toContain(
      `image sha256:aaaaaaaaaaaa… kept: rule 1 (prod*) matched it first, so rule 3 (any) may not expire it (it is number 1 from the newest, within the 100 this rule keeps)`,
    );
  });

  it('explains itself image by image', () => {
    const images = [image('a', ['prod-1'], 400), image('b', ['dev-1'], 400), image('c', [], 5)];
    expect(previewEcrLifecycle(prodFirst, images, NOW).trace).toMatchInlineSnapshot(`
      [
        "policy: 2 rules, applied in priority order 1, 3; 3 images at 2025-06-30T00:00:00Z",
        "rule 1 (prod*; keep newest 100 → expire) selects 1 image; its count picks 0; it expires 0",
        "rule 3 (any; pushed over 30 days ago → expire) selects 3 images; its count picks 2; it expires 1, 1 matched a higher-priority rule first",
        "image sha256:aaaaaaaaaaaa… kept: rule 1 (prod*) matched it first, so rule 3 (any) may not expire it (it is number 1 from the newest, within the 100 this rule keeps)",
        "image sha256:bbbbbbbbbbbb… expired by rule 3 (any; pushed over 30 days ago → expire): pushed 400 days ago, more than 30 days",
        "image sha256:cccccccccccc… kept: rule 3 (any) selects it first, and pushed 5 days ago, not more than 30 days",
      ]
    `);
  });

  it('needs every prefix of tagPrefixList to match some tag (AND)', () => {
    const p = policy({
      rulePriority: 1,
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['alpha', 'beta'],
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: 1,
      },
      action: expire,
    });
    const images = [
      image('a', ['alpha-1'], 10),
      image('b', ['alpha-1', 'beta-1'], 10),
      image('c', ['alphabeta'], 10),
    ];
    expect(previewEcrLifecycle(p, images, NOW).expired.map((e) => e.digest)).toEqual([digest('b')]);
  });

  it('counts images only of the rule’s storage class and leaves archived images to archive rules', () => {
    const p = policy({
      rulePriority: 1,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
      action: expire,
    });
    const images = [
      image('a', ['v1'], 10, { storageClass: 'archive', lastArchivedAt: ago(5) }),
      image('b', ['v2'], 3),
      image('c', ['v3'], 2),
    ];
    const result = previewEcrLifecycle(p, images, NOW);
    expect(result.expired).toEqual([{ digest: digest('b'), rulePriority: 1 }]);
    expect(result.trace.at(-3)).toBe(
      'image sha256:aaaaaaaaaaaa… kept: no rule selects this archived image',
    );
  });

  it('orders by last_activated_at for restored images', () => {
    const p = policy({
      rulePriority: 1,
      selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
      action: expire,
    });
    const restored = image('a', ['old'], 500, {
      lastArchivedAt: ago(300),
      lastActivatedAt: ago(1),
    });
    const result = previewEcrLifecycle(p, [restored, image('b', ['new'], 10)], NOW);
    expect(result.expired).toEqual([{ digest: digest('b'), rulePriority: 1 }]);
  });

  it('does not depend on the order of the images', () => {
    const images = [
      image('a', ['prod-1'], 400),
      image('b', ['dev-1'], 400),
      image('c', [], 5),
      image('d', [], 5),
      image('e', ['x'], 1),
    ];
    const p = policy(
      {
        rulePriority: 1,
        selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 1 },
        action: expire,
      },
      {
        rulePriority: 2,
        selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 2 },
        action: expire,
      },
    );
    const forward = previewEcrLifecycle(p, images, NOW);
    const backward = previewEcrLifecycle(p, [...images].reverse(), NOW);
    expect(backward.expired).toEqual(forward.expired);
  });

  it('rejects bad images and a bad now with PolicyError paths', () => {
    expect(
      pathOf(() =>
        previewEcrLifecycle(prodFirst, [{ digest: 'x', tags: [], pushedAt: 'yesterday' }], NOW),
      ),
    ).toBe('images[0].pushedAt');
    expect(pathOf(() => previewEcrLifecycle(prodFirst, [], 'soon'))).toBe('now');
    expect(
      pathOf(() =>
        previewEcrLifecycle(prodFirst, [{ digest: 'x', tags: 'a' } as unknown as EcrImage], NOW),
      ),
    ).toBe('images[0].tags');
  });

  it('validates a policy object passed directly', () => {
    expect(pathOf(() => previewEcrLifecycle({ rules: [] } as EcrLifecyclePolicy, [], NOW))).toBe(
      'rules',
    );
  });

  it('does not modify its inputs', () => {
    const images = [image('a', ['prod-1'], 400), image('b', ['dev-1'], 400)];
    const before = structuredClone({ prodFirst, images });
    previewEcrLifecycle(prodFirst, images, NOW);
    expect({ prodFirst, images }).toEqual(before);
  });
});
