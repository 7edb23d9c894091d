// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../../content/scenarios/access.json';
import { meetsAccessGoal } from '../../../src/domain/access/goals';
import {
  getSlot,
  parseAccessAction,
  parseAccessScenario,
  policyIds,
  readPolicyById,
  resourceArns,
  type AccessAction,
  type AccessScenario,
  type PolicyId,
} from '../../../src/domain/access/scenario';
import { runAccess } from '../../../src/domain/access/run';
import {
  accessOutcome,
  applyAccessAction,
  startAccessStep,
} from '../../../src/domain/access/simulation';
import { mergeSuggestions, suggestAccess } from '../../../src/domain/access/suggestions';
import { PolicyError } from '../../../src/domain/errors';

const start = parseAccessScenario(raw);
const arns = resourceArns(start);
const LOGIN = {
  Sid: 'RegistryLogin',
  Effect: 'Allow',
  Action: 'ecr:GetAuthorizationToken',
  Resource: '*',
};
const PULL = {
  Sid: 'Pull',
  Effect: 'Allow',
  Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
  Resource: arns.ecrRepository,
};

function play(s: AccessScenario, ...actions: AccessAction[]) {
  let step = { scenario: s, summary: '', trace: [] as string[] };
  for (const a of actions) step = applyAccessAction(step.scenario, a);
  return step;
}
const journey = (
  s: AccessScenario,
  j: 'ecr-pull' | 's3-read' | 'codeartifact-install',
  principal = 'build',
) => runAccess(s, { kind: 'journey', journey: j, principal });
const text = (id: PolicyId, s = start) => getSlot(s, id)!.text;

describe('parseAccessScenario', () => {
  it('reads the default scenario, turning content-file documents into policy text', () => {
    expect(start.resources.ecr.policy.text).toContain('"AllowWorkloadPull"');
    expect(start.resources.ecr.policy.disabled).toEqual([]);
    expect(start.principals[0]!.boundary.text).toBe('');
    expect(policyIds(start)).toEqual([
      'scp',
      'identity:build',
      'boundary:build',
      'ecr-repository',
      'bucket',
      'key',
      'domain',
      'ca-repository',
    ]);
  });

  it('round-trips through JSON (share links and saves)', () => {
    const s = play(
      start,
      { type: 'statement.toggle', policyId: 'key', index: 1 },
      { type: 'journey.run', journey: 's3-read' },
    ).scenario;
    expect(parseAccessScenario(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([
    [
      'a prototype key',
      { ...raw, resources: { ...raw.resources, ['__proto__']: {} } },
      '__proto__',
    ],
    ['a bad account id', { ...raw, accounts: [{ id: '123', name: 'x' }] }, 'accounts[0].id'],
    [
      'a principal in an unknown account',
      { ...raw, principals: [{ ...raw.principals[0], account: '999999999999' }] },
      'principals[0].account',
    ],
    [
      'an unknown run principal',
      { ...raw, run: { kind: 'journey', journey: 'ecr-pull', principal: 'ghost' } },
      'run.principal',
    ],
    ['an unknown field', { ...raw, extra: true }, ''],
    ['not an object', 'hello', ''],
  ])('rejects %s with a PolicyError', (_name, input, path) => {
    let error: unknown;
    try {
      parseAccessScenario(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    if (path) expect((error as PolicyError).path).toContain(path);
  });
});

describe('applyAccessAction', () => {
  it('runs a journey and keeps it as the run, with one line per call', () => {
    const step = play(start, { type: 'journey.run', journey: 'ecr-pull' });
    expect(step.scenario.run).toEqual({ kind: 'journey', journey: 'ecr-pull', principal: 'build' });
    expect(step.summary).toBe('ECR cross-account pull (docker pull) as build → ImplicitDeny');
    expect(step.trace).toHaveLength(4);
    expect(step.trace[0]).toMatch(
      /^1\. Get a registry login token .*ecr:GetAuthorizationToken on \* → ImplicitDeny/,
    );
  });

  it('an edit re-decides the last run and says what changed', () => {
    const fixed = JSON.stringify({ Version: '2012-10-17', Statement: [LOGIN, PULL] });
    const step = play(
      start,
      { type: 'journey.run', journey: 'ecr-pull' },
      { type: 'policy.edit', policyId: 'identity:build', text: fixed },
    );
    expect(step.summary).toBe('Edited identity policy of build → Allow');
    expect(step.trace.some((l) => l.includes('Allow (was ImplicitDeny)'))).toBe(true);
    expect(journey(step.scenario, 'ecr-pull').decision).toBe('Allow');
  });

  it('keeps invalid text as typed and reports it instead of throwing', () => {
    const broken =
      '{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", "Action": "ecr BatchGetImage", "Resource": "*" } ] }';
    const step = play(
      start,
      { type: 'journey.run', journey: 'ecr-pull' },
      { type: 'policy.edit', policyId: 'identity:build', text: broken },
    );
    expect(text('identity:build', step.scenario)).toBe(broken);
    expect(step.summary).toBe('Edited identity policy of build (invalid) → not evaluated');
    expect(step.trace[0]).toMatch(/invalid at Statement\[0\]\.Action/);
    const result = journey(step.scenario, 'ecr-pull');
    expect(result.decision).toBeNull();
    expect(result.invalid).toEqual([
      expect.objectContaining({
        policyId: 'identity:build',
        label: 'Identity policy of build',
        path: 'Statement[0].Action',
      }),
    ]);
    expect(result.error).toMatch(
      /the identity policy of build is invalid at Statement\[0\]\.Action/,
    );
    // every run reads the principal's identity policy
    expect(journey(step.scenario, 's3-read').decision).toBeNull();

    const notJson = play(start, { type: 'policy.edit', policyId: 'bucket', text: '{ "Version": ' });
    expect(readPolicyById(notJson.scenario, 'bucket')).toMatchObject({
      status: 'invalid',
      path: '',
    });
    // the ECR pull does not read the bucket policy, so it is still decided
    expect(journey(notJson.scenario, 'ecr-pull').decision).toBe('ImplicitDeny');
    expect(journey(notJson.scenario, 's3-read').invalid.map((i) => i.policyId)).toEqual(['bucket']);
  });

  it('an empty text means no policy attached', () => {
    const step = play(start, { type: 'policy.edit', policyId: 'bucket', text: '' });
    expect(readPolicyById(step.scenario, 'bucket')).toEqual({ status: 'empty' });
    expect(step.trace[0]).toMatch(/removed/);
    expect(journey(step.scenario, 's3-read').decision).toBe('ImplicitDeny');
  });

  it('accepts a document in policy.edit (the content-file shorthand)', () => {
    const step = play(start, {
      type: 'policy.edit',
      policyId: 'boundary:build',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
      },
    });
    expect(JSON.parse(text('boundary:build', step.scenario))).toMatchObject({
      Statement: [{ Action: 's3:*' }],
    });
    // the boundary now caps the role: CodeArtifact is outside it
    expect(journey(step.scenario, 'codeartifact-install').decision).toBe('ImplicitDeny');
    expect(journey(step.scenario, 's3-read').decision).toBe('ImplicitDeny'); // kms:Decrypt is outside the boundary too
  });

  it('adds statements, keeping Sids unique, and refuses ones the policy kind forbids', () => {
    const once = play(start, {
      type: 'statement.add',
      policyId: 'identity:build',
      statement: LOGIN,
    });
    const twice = play(once.scenario, {
      type: 'statement.add',
      policyId: 'identity:build',
      statement: LOGIN,
    });
    const sids = (
      JSON.parse(text('identity:build', twice.scenario)) as { Statement: { Sid: string }[] }
    ).Statement.map((s) => s.Sid);
    expect(sids.slice(-2)).toEqual(['RegistryLogin', 'RegistryLogin2']);
    expect(twice.summary).toBe("Added statement 'RegistryLogin2' to identity policy of build");

    const withPrincipal = play(start, {
      type: 'statement.add',
      policyId: 'identity:build',
      statement: { ...LOGIN, Principal: '*' },
    });
    expect(withPrincipal.scenario).toBe(start);
    expect(withPrincipal.summary).toBe('Statement not added to identity policy of build');
    // The path is told from the statement itself, then the problem.
    expect(withPrincipal.trace[0]).toMatch(
      /policy: Principal: an identity-based policy cannot contain Principal/,
    );

    const intoEmpty = play(
      start,
      { type: 'policy.edit', policyId: 'ecr-repository', text: '' },
      {
        type: 'statement.add',
        policyId: 'ecr-repository',
        statement: {
          Effect: 'Allow',
          Principal: { AWS: '222222222222' },
          Action: 'ecr:BatchGetImage',
        },
      },
    );
    expect(JSON.parse(text('ecr-repository', intoEmpty.scenario))).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '222222222222' }, Action: 'ecr:BatchGetImage' },
      ],
    });

    const intoBroken = play(
      start,
      { type: 'policy.edit', policyId: 'key', text: '{' },
      { type: 'statement.add', policyId: 'key', statement: LOGIN },
    );
    expect(intoBroken.summary).toBe('Statement not added to key policy of alias/artifacts');
  });

  it('refuses unknown policies and principals without throwing', () => {
    expect(
      play(start, { type: 'policy.edit', policyId: 'identity:ghost', text: '{}' }).summary,
    ).toBe('No policy identity:ghost');
    expect(
      play(start, {
        type: 'request.run',
        principal: 'ghost',
        action: 's3:GetObject',
        resource: '*',
      }).summary,
    ).toBe('No principal ghost');
    expect(play(start, { type: 'statement.toggle', policyId: 'bucket', index: 7 }).summary).toBe(
      'Bucket policy of artifacts: no statement 7',
    );
  });

  it('runs a single request, with the key for an SSE-KMS object read', () => {
    const step = play(start, {
      type: 'request.run',
      principal: 'build',
      action: 's3:GetObject',
      resource: arns.object,
    });
    expect(step.summary).toBe(`s3:GetObject on ${arns.object} as build → Allow`);
    const result = runAccess(step.scenario, step.scenario.run!);
    expect(
      result.steps[0]!.trace.some(
        (t) =>
          t.policyId === 'key' && t.statement === 'AllowWorkloadDecrypt' && t.outcome === 'allow',
      ),
    ).toBe(true);
    const token = runAccess(start, {
      kind: 'request',
      principal: 'build',
      action: 'ecr:GetAuthorizationToken',
      resource: '*',
    });
    expect(token.decision).toBe('ImplicitDeny');
  });

  it('an AWS managed key cannot be shared, and its key policy cannot be edited', () => {
    const aws = play(start, { type: 'key.manager.set', managedBy: 'AWS' });
    expect(aws.scenario.resources.kms.managedBy).toBe('AWS');
    expect(text('key', aws.scenario)).toContain('kms:CallerAccount');
    const read = journey(aws.scenario, 's3-read');
    expect(read.decision).toBe('ImplicitDeny');
    expect(read.steps[1]!.trace.at(-1)!.reason).toMatch(/AWS managed key/);
    const edit = play(aws.scenario, { type: 'policy.edit', policyId: 'key', text: '' });
    expect(edit.scenario).toBe(aws.scenario);
    expect(edit.summary).toBe('Key policy unchanged');

    const back = play(aws.scenario, { type: 'key.manager.set', managedBy: 'CUSTOMER' });
    expect(JSON.parse(text('key', back.scenario))).toMatchObject({
      Statement: [{ Sid: 'EnableIAMUserPermissions' }],
    });
    expect(journey(back.scenario, 's3-read').decision).toBe('ImplicitDeny'); // the new key trusts only its own account
  });

  it('SSE-S3 takes KMS out of the read', () => {
    const step = play(
      start,
      { type: 'key.manager.set', managedBy: 'AWS' },
      { type: 'bucket.encryption.set', encryption: 'SSE-S3' },
    );
    const read = journey(step.scenario, 's3-read');
    expect(read.decision).toBe('Allow');
    expect(read.steps).toHaveLength(1);
  });

  it('context.set feeds condition keys, overriding what the organization implies', () => {
    const orgOnly = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Org',
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::artifacts/*',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ],
    });
    const s = play(start, { type: 'policy.edit', policyId: 'bucket', text: orgOnly }).scenario;
    expect(journey(s, 's3-read').decision).toBe('Allow');
    const other = play(s, {
      type: 'context.set',
      principal: 'build',
      key: 'aws:PrincipalOrgID',
      value: 'o-zzzzzzzzzz',
    });
    expect(other.summary).toBe('aws:PrincipalOrgID of build = o-zzzzzzzzzz');
    expect(journey(other.scenario, 's3-read').decision).toBe('ImplicitDeny');
    const cleared = play(other.scenario, {
      type: 'context.set',
      principal: 'build',
      key: 'aws:principalorgid',
      value: null,
    });
    expect(cleared.scenario.principals[0]!.context).toEqual({});
    expect(journey(cleared.scenario, 's3-read').decision).toBe('Allow');
  });
});

describe('switched-off statements', () => {
  it('change the decision and come back on', () => {
    const off = play(
      start,
      { type: 'journey.run', journey: 's3-read' },
      { type: 'statement.toggle', policyId: 'key', index: 1 },
    );
    expect(off.summary).toBe(
      "Statement 'AllowWorkloadDecrypt' of key policy of alias/artifacts switched off → ImplicitDeny",
    );
    expect(getSlot(off.scenario, 'key')!.disabled).toEqual([1]);
    expect(journey(off.scenario, 's3-read').decision).toBe('ImplicitDeny');
    const on = play(off.scenario, { type: 'statement.toggle', policyId: 'key', index: 1 });
    expect(getSlot(on.scenario, 'key')!.disabled).toEqual([]);
    expect(journey(on.scenario, 's3-read').decision).toBe('Allow');
  });

  it('switching off an explicit deny lifts it', () => {
    const deny = { Sid: 'NoEcr', Effect: 'Deny', Action: 'ecr:*', Resource: '*' };
    const s = play(
      start,
      { type: 'statement.add', policyId: 'identity:build', statement: LOGIN },
      { type: 'statement.add', policyId: 'identity:build', statement: PULL },
      { type: 'statement.add', policyId: 'scp', statement: deny },
    ).scenario;
    expect(journey(s, 'ecr-pull').decision).toBe('ExplicitDeny');
    expect(
      journey(play(s, { type: 'statement.toggle', policyId: 'scp', index: 1 }).scenario, 'ecr-pull')
        .decision,
    ).toBe('Allow');
  });

  it('are named by their index as written, not as evaluated', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
        { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      ],
    };
    const s = play(
      start,
      { type: 'policy.edit', policyId: 'identity:build', document: doc },
      { type: 'statement.toggle', policyId: 'identity:build', index: 0 },
    ).scenario;
    const result = runAccess(s, {
      kind: 'request',
      principal: 'build',
      action: 'ecr:GetAuthorizationToken',
      resource: '*',
    });
    expect(result.decision).toBe('Allow');
    const hit = result.steps[0]!.trace.find(
      (t) => t.policy === 'identity' && t.outcome === 'allow',
    )!;
    expect(hit).toMatchObject({ statement: '1', index: 1, policyId: 'identity:build' });
    expect(hit.reason).toMatch(/^Statement 1 in the identity policy matches/);
  });

  it('an edit switches every statement back on', () => {
    const s = play(
      start,
      { type: 'statement.toggle', policyId: 'key', index: 1 },
      { type: 'policy.edit', policyId: 'key', text: text('key') },
    );
    expect(getSlot(s.scenario, 'key')!.disabled).toEqual([]);
  });
});

describe('what would make it allowed', () => {
  it('suggests the missing identity statements of the pull, and adding them allows it', () => {
    const result = journey(start, 'ecr-pull');
    const perStep = suggestAccess(start, result);
    expect(perStep).toHaveLength(4);
    const suggestions = perStep.flatMap((p) => p.suggestions);
    expect(suggestions.every((s) => s.side === 'identity' && s.policyId === 'identity:build')).toBe(
      true,
    );
    expect(suggestions[0]!.json).toEqual({
      Sid: 'AllowEcrGetAuthorizationToken',
      Effect: 'Allow',
      Action: 'ecr:GetAuthorizationToken',
      Resource: '*',
    });
    const fixed = suggestions.reduce(
      (s, sg) =>
        applyAccessAction(s, { type: 'statement.add', policyId: sg.policyId!, statement: sg.json })
          .scenario,
      start,
    );
    expect(journey(fixed, 'ecr-pull').decision).toBe('Allow');
  });

  it('merges the suggestions of a run into one statement per resource', () => {
    const merged = mergeSuggestions(suggestAccess(start, journey(start, 'ecr-pull')));
    expect(merged).toEqual([
      {
        policyId: 'identity:build',
        statements: [
          {
            Sid: 'AllowEcrGetAuthorizationToken',
            Effect: 'Allow',
            Action: 'ecr:GetAuthorizationToken',
            Resource: '*',
          },
          {
            Sid: 'AllowEcr',
            Effect: 'Allow',
            Action: [
              'ecr:BatchCheckLayerAvailability',
              'ecr:GetDownloadUrlForLayer',
              'ecr:BatchGetImage',
            ],
            Resource: arns.ecrRepository,
          },
        ],
      },
    ]);
    const fixed = merged[0]!.statements.reduce(
      (s, statement) =>
        applyAccessAction(s, { type: 'statement.add', policyId: 'identity:build', statement })
          .scenario,
      start,
    );
    expect(journey(fixed, 'ecr-pull').decision).toBe('Allow');
  });

  it('points resource-side suggestions at the right policy', () => {
    const s = play(
      start,
      { type: 'policy.edit', policyId: 'bucket', text: '' },
      { type: 'statement.toggle', policyId: 'key', index: 1 },
    ).scenario;
    const perStep = suggestAccess(s, journey(s, 's3-read'));
    expect(perStep.flatMap((p) => p.suggestions.map((x) => [x.side, x.policyId]))).toEqual([
      ['resource', 'bucket'],
      ['kms', 'key'],
    ]);
    const fixed = perStep
      .flatMap((p) => p.suggestions)
      .reduce(
        (acc, sg) =>
          applyAccessAction(acc, {
            type: 'statement.add',
            policyId: sg.policyId!,
            statement: sg.json,
          }).scenario,
        s,
      );
    expect(journey(fixed, 's3-read').decision).toBe('Allow');
  });

  it('names an explicit deny as a blocker, with its policy', () => {
    const s = play(start, {
      type: 'statement.add',
      policyId: 'scp',
      statement: { Sid: 'NoS3', Effect: 'Deny', Action: 's3:*', Resource: '*' },
    }).scenario;
    const [first] = suggestAccess(s, journey(s, 's3-read'));
    expect(first!.suggestions).toEqual([]);
    expect(first!.blockers).toEqual([
      expect.objectContaining({ policy: 'scp', statement: 'NoS3', policyId: 'scp' }),
    ]);
  });
});

describe('goals', () => {
  it('policyLacks, policyIs, conditionKey and keyManagedBy read the policies in force', () => {
    const repo = JSON.parse(text('ecr-repository')) as Record<string, unknown>;
    expect(
      meetsAccessGoal(start, { policyLacks: { policy: 'ecr-repository', action: 'ecr:PutImage' } }),
    ).toBe(true);
    expect(
      meetsAccessGoal(start, {
        policyLacks: { policy: 'ecr-repository', action: 'ECR:batchgetimage' },
      }),
    ).toBe(false);
    expect(
      meetsAccessGoal(start, { policyLacks: { policy: 'boundary:build', action: 'ecr:PutImage' } }),
    ).toBe(true);
    expect(meetsAccessGoal(start, { policyIs: { policy: 'ecr-repository', document: repo } })).toBe(
      true,
    );
    const off = play(start, {
      type: 'statement.toggle',
      policyId: 'ecr-repository',
      index: 0,
    }).scenario;
    expect(meetsAccessGoal(off, { policyIs: { policy: 'ecr-repository', document: repo } })).toBe(
      false,
    );
    expect(
      meetsAccessGoal(off, {
        policyLacks: { policy: 'ecr-repository', action: 'ecr:BatchGetImage' },
      }),
    ).toBe(true);
    expect(
      meetsAccessGoal(start, {
        conditionKey: { policy: 'identity:build', key: 'STS:AWSServiceName' },
      }),
    ).toBe(true);
    expect(
      meetsAccessGoal(start, {
        all: [{ keyManagedBy: 'CUSTOMER' }, { not: { keyManagedBy: 'AWS' } }],
      }),
    ).toBe(true);
    const broken = play(start, {
      type: 'policy.edit',
      policyId: 'ecr-repository',
      text: 'nope',
    }).scenario;
    expect(
      meetsAccessGoal(broken, {
        policyLacks: { policy: 'ecr-repository', action: 'ecr:PutImage' },
      }),
    ).toBe(false);
    expect(
      meetsAccessGoal(broken, {
        any: [
          { journey: 'ecr-pull', decision: 'ImplicitDeny' },
          { journey: 'ecr-pull', decision: 'Allow' },
        ],
      }),
    ).toBe(false);
  });
});

// ---------- property: the reducer never throws and its scenarios always re-parse ----------

const POLICY_IDS: PolicyId[] = [
  'scp',
  'identity:build',
  'boundary:build',
  'identity:ghost',
  'ecr-repository',
  'bucket',
  'key',
  'domain',
  'ca-repository',
];
const texts = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    'null',
    '[]',
    '{"Statement": []}',
    JSON.stringify({ Version: '2012-10-17', Statement: [LOGIN, PULL] }),
    JSON.stringify({ Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }),
  ),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
);
const statements = fc.oneof(
  fc.constantFrom<Record<string, unknown>>(
    LOGIN,
    PULL,
    { Effect: 'Deny', Action: 'ecr:*', Resource: '*' },
    {
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::artifacts/*',
    },
    { Sid: 'x', Effect: 'Maybe' },
  ),
  fc.dictionary(
    fc.constantFrom('Sid', 'Effect', 'Action', 'Resource', 'Principal', 'Condition'),
    fc.oneof(fc.string({ maxLength: 10 }), fc.constant('*')),
  ),
);
const actionArb: fc.Arbitrary<AccessAction> = fc.oneof(
  fc.record({
    type: fc.constant('policy.edit' as const),
    policyId: fc.constantFrom(...POLICY_IDS),
    text: texts,
  }),
  fc.record({
    type: fc.constant('statement.toggle' as const),
    policyId: fc.constantFrom(...POLICY_IDS),
    index: fc.nat(5),
  }),
  fc.record({
    type: fc.constant('statement.add' as const),
    policyId: fc.constantFrom(...POLICY_IDS),
    statement: statements,
  }),
  fc.record({
    type: fc.constant('journey.run' as const),
    journey: fc.constantFrom(
      'ecr-pull' as const,
      's3-read' as const,
      'codeartifact-install' as const,
    ),
  }),
  fc.record({
    type: fc.constant('request.run' as const),
    principal: fc.constantFrom('build', 'ghost'),
    action: fc.constantFrom(
      's3:GetObject',
      's3:PutObject',
      'kms:Decrypt',
      'ecr:GetAuthorizationToken',
      'codeartifact:ReadFromRepository',
      'sts:GetServiceBearerToken',
    ),
    resource: fc.constantFrom('*', ...Object.values(arns), 'arn:aws:s3:::elsewhere/x'),
  }),
  fc.record({
    type: fc.constant('key.manager.set' as const),
    managedBy: fc.constantFrom('AWS' as const, 'CUSTOMER' as const),
  }),
  fc.record({
    type: fc.constant('bucket.encryption.set' as const),
    encryption: fc.constantFrom('SSE-S3' as const, 'SSE-KMS' as const),
  }),
  fc.record({
    type: fc.constant('context.set' as const),
    principal: fc.constantFrom('build', 'ghost'),
    key: fc.constantFrom('aws:PrincipalOrgID', 'aws:PrincipalTag/team'),
    value: fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
    ),
  }),
);

describe('property', () => {
  it('never throws on any valid action sequence, and every scenario it produces parses again', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 12 }), (actions) => {
        let s = start;
        for (const a of actions) {
          const action = parseAccessAction(a);
          const step = applyAccessAction(s, action);
          expect(typeof step.summary).toBe('string');
          s = step.scenario;
          if (s.run) {
            const result = runAccess(s, s.run);
            suggestAccess(s, result);
          }
        }
        expect(parseAccessScenario(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the outcome stored in each step', () => {
  it('is the run decided once: the same result runAccess gives, with suggestions when denied', () => {
    const step = applyAccessAction(start, { type: 'journey.run', journey: 'ecr-pull' });
    const result = runAccess(step.scenario, step.scenario.run!);
    expect(step.outcome.result).toEqual(result);
    expect(step.outcome.suggestions).toEqual(suggestAccess(step.scenario, result));
    expect(startAccessStep(step.scenario, 'Loaded').outcome).toEqual(step.outcome);
  });

  it('is empty before any run, and has no suggestions once allowed', () => {
    expect(accessOutcome(start)).toEqual({ result: null, suggestions: [] });
    const withLogin = applyAccessAction(start, {
      type: 'statement.add',
      policyId: 'identity:build',
      statement: LOGIN,
    }).scenario;
    const { outcome } = applyAccessAction(withLogin, {
      type: 'request.run',
      principal: 'build',
      action: 'ecr:GetAuthorizationToken',
      resource: '*',
    });
    expect(outcome.result?.decision).toBe('Allow');
    expect(outcome.suggestions).toEqual([]);
  });
});
