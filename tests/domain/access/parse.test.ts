import { describe, expect, it } from 'vitest';
import { parsePolicy, printPolicy } from '../../../src/domain/access';
import { PolicyError } from '../../../src/domain/errors';

function errorOf(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

const json = (value: unknown): string => JSON.stringify(value);

describe('parsePolicy: the documented forms (reference_policies_grammar)', () => {
  it('normalises string-or-array fields and a single Statement object', () => {
    const doc = parsePolicy(
      json({
        Version: '2012-10-17',
        Id: 'repo-policy',
        Statement: {
          Sid: 'AllowPull',
          Effect: 'Allow',
          Principal: { AWS: '222222222222' },
          Action: 'ecr:BatchGetImage',
          Condition: { Bool: { 'aws:SecureTransport': true }, NumericLessThan: { n: 5 } },
        },
      }),
    );
    expect(doc).toEqual({
      Version: '2012-10-17',
      Id: 'repo-policy',
      Statement: [
        {
          Sid: 'AllowPull',
          Effect: 'Allow',
          Principal: { AWS: ['222222222222'] },
          Action: ['ecr:BatchGetImage'],
          Condition: { Bool: { 'aws:SecureTransport': ['true'] }, NumericLessThan: { n: ['5'] } },
        },
      ],
    });
    expect(Object.isFrozen(doc.Statement[0])).toBe(true);
  });

  it('accepts every principal form', () => {
    const doc = parsePolicy(
      json({
        Version: '2008-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject' },
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject' },
          {
            Effect: 'Allow',
            Principal: {
              AWS: [
                '123456789012',
                'arn:aws:iam::123456789012:root',
                'arn:aws:iam::123456789012:user/division/carlos',
                'arn:aws:iam::123456789012:role/path/ci',
                'arn:aws:sts::123456789012:assumed-role/ci/build',
                'arn:aws:sts::123456789012:federated-user/carlos',
                'AROADBQP57FF2AEXAMPLE',
              ],
              Service: ['ecs-tasks.amazonaws.com'],
              Federated: 'cognito-identity.amazonaws.com',
              CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
            },
            NotAction: 's3:DeleteObject',
            NotResource: 'arn:aws:s3:::locked/*',
          },
          {
            Effect: 'Deny',
            NotPrincipal: {
              AWS: ['arn:aws:iam::444455556666:user/Bob', 'arn:aws:iam::444455556666:root'],
            },
            Action: 's3:*',
          },
        ],
      }),
    );
    expect(doc.Statement).toHaveLength(4);
    expect(doc.Statement[2]?.Principal).toMatchObject({
      Federated: ['cognito-identity.amazonaws.com'],
    });
  });

  it('a statement without Resource is valid in a resource policy (it covers the attached resource)', () => {
    const doc = parsePolicy(
      json({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] }),
      { kind: 'resource' },
    );
    expect(doc.Statement[0]?.Resource).toBeUndefined();
  });
});

describe('parsePolicy: errors carry the JSON path', () => {
  it.each([
    ['not json', '{', ''],
    ['not an object', '[]', ''],
    ['unknown top-level key', json({ Statement: [], Versoin: '2012-10-17' }), 'Versoin'],
    ['bad version', json({ Version: '2013-01-01', Statement: [] }), 'Version'],
    ['missing Statement', json({ Version: '2012-10-17' }), 'Statement'],
    [
      'missing Effect',
      json({
        Statement: [
          { Action: '*', Resource: '*' },
          { Action: '*', Resource: '*' },
        ],
      }),
      'Statement[0].Effect',
    ],
    [
      'bad Effect',
      json({
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'allow', Action: '*', Resource: '*' },
        ],
      }),
      'Statement[1].Effect',
    ],
    [
      'unknown statement key',
      json({ Statement: { Effect: 'Allow', Action: '*', Resource: '*', Resources: '*' } }),
      'Statement.Resources',
    ],
    [
      'Action and NotAction',
      json({ Statement: [{ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }] }),
      'Statement[0].Action',
    ],
    ['no Action', json({ Statement: [{ Effect: 'Allow', Resource: '*' }] }), 'Statement[0].Action'],
    [
      'Resource and NotResource',
      json({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', NotResource: '*' }] }),
      'Statement[0].NotResource',
    ],
    [
      'bad action',
      json({
        Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'GetObject'], Resource: '*' }],
      }),
      'Statement[0].Action[1]',
    ],
    [
      'malformed ARN',
      json({ Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:bucket' }] }),
      'Statement[0].Resource',
    ],
    [
      'empty action list',
      json({ Statement: [{ Effect: 'Allow', Action: [], Resource: '*' }] }),
      'Statement[0].Action',
    ],
    [
      'partial principal wildcard',
      json({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/*' }, Action: '*' },
        ],
      }),
      'Statement[0].Principal.AWS',
    ],
    [
      'bad principal type',
      json({ Statement: [{ Effect: 'Allow', Principal: { Aws: '123456789012' }, Action: '*' }] }),
      'Statement[0].Principal.Aws',
    ],
    [
      'principal string',
      json({ Statement: [{ Effect: 'Allow', Principal: '123456789012', Action: '*' }] }),
      'Statement[0].Principal',
    ],
    [
      'bad account principal',
      json({ Statement: [{ Effect: 'Allow', Principal: { AWS: ['12345'] }, Action: '*' }] }),
      'Statement[0].Principal.AWS[0]',
    ],
    [
      'unknown operator',
      json({
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEqual: { k: 'v' } } },
        ],
      }),
      'Statement[0].Condition.StringEqual',
    ],
    [
      'bad IP',
      json({
        Statement: [
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '300.1.1.1'] } },
          },
        ],
      }),
      'Statement[0].Condition.IpAddress["aws:SourceIp"][1]',
    ],
    [
      'bad number',
      json({
        Statement: [
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { NumericEquals: { n: 'ten' } },
          },
        ],
      }),
      'Statement[0].Condition.NumericEquals.n',
    ],
    [
      'bad Null',
      json({
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*', Condition: { Null: { k: 'yes' } } },
        ],
      }),
      'Statement[0].Condition.Null.k',
    ],
    [
      'nested condition value',
      json({
        Statement: [
          {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringEquals: { k: { v: 1 } } },
          },
        ],
      }),
      'Statement[0].Condition.StringEquals.k',
    ],
    [
      'duplicate Sid',
      json({
        Statement: [
          { Sid: 'A', Effect: 'Allow', Action: '*', Resource: '*' },
          { Sid: 'A', Effect: 'Deny', Action: '*', Resource: '*' },
        ],
      }),
      'Statement[1].Sid',
    ],
  ])('%s', (_name, text, path) => {
    expect(errorOf(() => parsePolicy(text)).path).toBe(path);
  });
});

describe('parsePolicy: what the policy is attached to', () => {
  const withPrincipal = json({
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '123456789012' },
        Action: 's3:GetObject',
        Resource: '*',
      },
    ],
  });
  const noPrincipal = json({
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
  });

  it('an identity-based policy cannot name a Principal and needs a Resource', () => {
    expect(errorOf(() => parsePolicy(withPrincipal, { kind: 'identity' })).path).toBe(
      'Statement[0].Principal',
    );
    expect(
      errorOf(() =>
        parsePolicy(json({ Statement: { Effect: 'Allow', Action: '*' } }), { kind: 'identity' }),
      ).path,
    ).toBe('Statement.Resource');
    expect(parsePolicy(noPrincipal, { kind: 'identity' }).Statement).toHaveLength(1);
  });

  it('a resource-based policy must name a Principal', () => {
    expect(errorOf(() => parsePolicy(noPrincipal, { kind: 'resource' })).path).toBe(
      'Statement[0].Principal',
    );
    expect(parsePolicy(withPrincipal, { kind: 'resource' }).Statement).toHaveLength(1);
  });

  it('a trust policy names a Principal and no Resource', () => {
    const trust = json({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'codebuild.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
    });
    expect(parsePolicy(trust, { kind: 'trust' }).Statement).toHaveLength(1);
    expect(errorOf(() => parsePolicy(withPrincipal, { kind: 'trust' })).path).toBe(
      'Statement[0].Resource',
    );
  });
});

describe('printPolicy', () => {
  it('writes canonical JSON: grammar order, one-item lists as strings', () => {
    const text = printPolicy({
      Statement: [
        {
          Resource: ['arn:aws:s3:::b/*'],
          Action: ['s3:GetObject', 's3:PutObject'],
          Effect: 'Allow',
          Sid: 'RW',
        },
      ],
      Version: '2012-10-17',
    });
    expect(text).toBe(`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "RW",
      "Effect": "Allow",
      "Action": [
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": "arn:aws:s3:::b/*"
    }
  ]
}`);
  });

  it('parse → print → parse is stable', () => {
    const doc = parsePolicy(
      json({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Deny',
          NotPrincipal: { AWS: '111111111111' },
          NotAction: ['kms:Decrypt'],
          Resource: '*',
          Condition: { 'ForAnyValue:StringLike': { k: ['a*', 'b'] } },
        },
      }),
    );
    expect(parsePolicy(printPolicy(doc))).toEqual(doc);
  });
});
