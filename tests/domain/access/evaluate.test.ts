import { describe, expect, it } from 'vitest';
import {
  evaluateAccess,
  parsePolicy,
  type AccessInput,
  type PolicyInput,
} from '../../../src/domain/access';
import { PolicyError } from '../../../src/domain/errors';

const A = '111111111111';
const B = '222222222222';
const BUCKET_OBJECT = 'arn:aws:s3:::artifacts/app.zip';

const allow = (action: string, resource = '*'): PolicyInput => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});
const deny = (action: string, resource = '*'): PolicyInput => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: action, Resource: resource }],
});
const grant = (
  principal: string | string[],
  action: string,
  effect: 'Allow' | 'Deny' = 'Allow',
): PolicyInput => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Grant',
      Effect: effect,
      Principal: principal === '*' ? '*' : { AWS: principal },
      Action: action,
    },
  ],
});

function evaluate(
  partial: Partial<AccessInput> & {
    arn?: string;
    identity?: PolicyInput[];
    boundary?: PolicyInput;
    action?: string;
    resource?: string;
    account?: string;
    context?: Record<string, string | string[]>;
  },
) {
  const input: AccessInput = {
    principal: {
      arn: partial.arn ?? `arn:aws:iam::${A}:user/carlos`,
      identityPolicies: partial.identity ?? [],
      ...(partial.boundary ? { permissionsBoundary: partial.boundary } : {}),
    },
    request: {
      action: partial.action ?? 's3:GetObject',
      resource: partial.resource ?? BUCKET_OBJECT,
      ...(partial.account ? { resourceAccount: partial.account } : {}),
      ...(partial.context ? { context: partial.context } : {}),
    },
    ...(partial.resourcePolicy ? { resourcePolicy: partial.resourcePolicy } : {}),
    ...(partial.domainPolicy ? { domainPolicy: partial.domainPolicy } : {}),
    ...(partial.kmsKey ? { kmsKey: partial.kmsKey } : {}),
    ...(partial.scps ? { scps: partial.scps } : {}),
  };
  return evaluateAccess(input);
}

describe('within one account (reference_policies_evaluation-logic)', () => {
  it('nothing allows → implicit deny', () => {
    expect(evaluate({}).decision).toBe('ImplicitDeny');
  });

  it('an identity-based Allow suffices', () => {
    expect(evaluate({ identity: [allow('s3:GetObject')] }).decision).toBe('Allow');
  });

  it('a resource policy naming the user suffices without any identity policy', () => {
    expect(
      evaluate({ resourcePolicy: grant(`arn:aws:iam::${A}:user/carlos`, 's3:GetObject') }).decision,
    ).toBe('Allow');
  });

  it('a resource policy naming the account delegates: the identity policy must allow (principal-accounts)', () => {
    expect(evaluate({ resourcePolicy: grant(A, 's3:GetObject') }).decision).toBe('ImplicitDeny');
    expect(
      evaluate({ resourcePolicy: grant(A, 's3:GetObject'), identity: [allow('s3:GetObject')] })
        .decision,
    ).toBe('Allow');
  });

  it('an explicit deny anywhere overrides every allow', () => {
    expect(evaluate({ identity: [allow('s3:*'), deny('s3:GetObject')] }).decision).toBe(
      'ExplicitDeny',
    );
    expect(
      evaluate({ identity: [allow('s3:*')], resourcePolicy: grant('*', 's3:GetObject', 'Deny') })
        .decision,
    ).toBe('ExplicitDeny');
  });

  it('the root user needs no policy in its own account, but SCPs still apply', () => {
    expect(evaluate({ arn: `arn:aws:iam::${A}:root` }).decision).toBe('Allow');
    expect(evaluate({ arn: `arn:aws:iam::${A}:root`, scps: [allow('ec2:*')] }).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('rejects a malformed principal or request with a PolicyError', () => {
    expect(() => evaluate({ arn: 'carlos' })).toThrow(PolicyError);
    expect(() => evaluate({ action: 'GetObject' })).toThrow(PolicyError);
    expect(() =>
      evaluate({
        identity: [
          { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] },
        ],
      }),
    ).toThrow(
      expect.objectContaining({ path: 'principal.identityPolicies[0].Statement[0].Principal' }),
    );
  });
});

describe('permissions boundaries and resource-policy grants (policy-eval-denyallow)', () => {
  const session = `arn:aws:sts::${A}:assumed-role/deployer/s1`;
  const boundaryEc2 = allow('ec2:*');

  it('a boundary caps identity-based permissions', () => {
    expect(evaluate({ identity: [allow('s3:*')], boundary: boundaryEc2 }).decision).toBe(
      'ImplicitDeny',
    );
    expect(evaluate({ identity: [allow('s3:*')], boundary: allow('s3:Get*') }).decision).toBe(
      'Allow',
    );
  });

  it('a grant to the user ARN is not limited by the boundary', () => {
    expect(
      evaluate({
        boundary: boundaryEc2,
        resourcePolicy: grant(`arn:aws:iam::${A}:user/carlos`, 's3:GetObject'),
      }).decision,
    ).toBe('Allow');
  });

  it('a grant to the role session ARN is not limited by the boundary', () => {
    expect(
      evaluate({
        arn: session,
        boundary: boundaryEc2,
        resourcePolicy: grant(session, 's3:GetObject'),
      }).decision,
    ).toBe('Allow');
  });

  it('a grant to the role ARN is limited by the boundary, not by the identity policy', () => {
    const roleGrant = grant(`arn:aws:iam::${A}:role/deployer`, 's3:GetObject');
    expect(evaluate({ arn: session, resourcePolicy: roleGrant }).decision).toBe('Allow');
    expect(
      evaluate({ arn: session, boundary: boundaryEc2, resourcePolicy: roleGrant }).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluate({ arn: session, boundary: allow('s3:GetObject'), resourcePolicy: roleGrant })
        .decision,
    ).toBe('Allow');
  });

  it('Principal "*" needs nothing else within the account (principal-anonymous)', () => {
    expect(
      evaluate({ arn: session, boundary: boundaryEc2, resourcePolicy: grant('*', 's3:GetObject') })
        .decision,
    ).toBe('Allow');
  });

  it('NotPrincipal with Deny always denies a principal that has a boundary (access_policies_boundaries)', () => {
    const notPrincipalDeny: PolicyInput = {
      Statement: [
        {
          Effect: 'Deny',
          NotPrincipal: {
            AWS: [session, `arn:aws:iam::${A}:role/deployer`, `arn:aws:iam::${A}:root`],
          },
          Action: 's3:*',
        },
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject' },
      ],
    };
    expect(evaluate({ arn: session, resourcePolicy: notPrincipalDeny }).decision).toBe('Allow');
    expect(
      evaluate({ arn: session, boundary: allow('s3:*'), resourcePolicy: notPrincipalDeny })
        .decision,
    ).toBe('ExplicitDeny');
  });
});

describe('SCPs (policy-eval-denyallow)', () => {
  it('each SCP must allow; an SCP deny is explicit', () => {
    const fullAccess = allow('*');
    expect(evaluate({ identity: [allow('s3:*')], scps: [fullAccess] }).decision).toBe('Allow');
    expect(
      evaluate({ identity: [allow('s3:*')], scps: [fullAccess, allow('ec2:*')] }).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluate({ identity: [allow('s3:*')], scps: [fullAccess, deny('s3:GetObject')] }).decision,
    ).toBe('ExplicitDeny');
  });

  it('also limit what a resource policy grants', () => {
    expect(
      evaluate({
        resourcePolicy: grant(`arn:aws:iam::${A}:user/carlos`, 's3:GetObject'),
        scps: [allow('ec2:*')],
      }).decision,
    ).toBe('ImplicitDeny');
  });
});

describe('across accounts (reference_policies_evaluation-logic-cross-account)', () => {
  const consumer = `arn:aws:sts::${B}:assumed-role/reader/job`;

  it('needs the resource policy and the identity policy', () => {
    const bucketPolicy = grant(`arn:aws:iam::${B}:root`, 's3:GetObject');
    expect(
      evaluate({
        arn: consumer,
        account: A,
        resourcePolicy: bucketPolicy,
        identity: [allow('s3:GetObject')],
      }).decision,
    ).toBe('Allow');
    expect(evaluate({ arn: consumer, account: A, resourcePolicy: bucketPolicy }).decision).toBe(
      'ImplicitDeny',
    );
    expect(
      evaluate({ arn: consumer, account: A, identity: [allow('s3:GetObject')] }).decision,
    ).toBe('ImplicitDeny');
  });

  it('even a resource policy naming the session itself needs the identity policy', () => {
    expect(
      evaluate({ arn: consumer, account: A, resourcePolicy: grant(consumer, 's3:GetObject') })
        .decision,
    ).toBe('ImplicitDeny');
  });

  it('takes the account from the resource ARN when it has one', () => {
    const result = evaluate({
      arn: consumer,
      action: 'sqs:SendMessage',
      resource: `arn:aws:sqs:us-east-1:${A}:queue`,
      identity: [allow('sqs:*')],
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.trace.at(-1)?.reason).toContain('cross-account');
  });

  it('a boundary on the caller still applies', () => {
    expect(
      evaluate({
        arn: consumer,
        account: A,
        resourcePolicy: grant(`arn:aws:iam::${B}:root`, 's3:GetObject'),
        identity: [allow('s3:*')],
        boundary: allow('ec2:*'),
      }).decision,
    ).toBe('ImplicitDeny');
  });
});

describe('conditions in context', () => {
  it('aws:PrincipalAccount, aws:PrincipalArn and aws:username are filled from the caller', () => {
    const bucketPolicy: PolicyInput = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Condition: { StringEquals: { 'aws:PrincipalAccount': A } },
        },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:GetObject',
          Condition: { ArnNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/deployer` } },
        },
      ],
    };
    expect(
      evaluate({ arn: `arn:aws:sts::${A}:assumed-role/deployer/x`, resourcePolicy: bucketPolicy })
        .decision,
    ).toBe('Allow');
    expect(
      evaluate({ arn: `arn:aws:iam::${A}:user/carlos`, resourcePolicy: bucketPolicy }).decision,
    ).toBe('ExplicitDeny');
    const home: PolicyInput = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      ],
    };
    expect(
      evaluate({ identity: [home], resource: 'arn:aws:s3:::home/carlos/notes' }).decision,
    ).toBe('Allow');
    expect(evaluate({ identity: [home], resource: 'arn:aws:s3:::home/maria/notes' }).decision).toBe(
      'ImplicitDeny',
    );
  });

  it('aws:PrincipalOrgID comes from the request context', () => {
    const orgOnly = grant('*', 's3:GetObject');
    const withOrg: PolicyInput = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
        },
      ],
    };
    const arn = `arn:aws:sts::${B}:assumed-role/reader/job`;
    expect(
      evaluate({
        arn,
        account: A,
        resourcePolicy: withOrg,
        identity: [allow('s3:*')],
        context: { 'aws:PrincipalOrgID': 'o-abc123' },
      }).decision,
    ).toBe('Allow');
    expect(
      evaluate({
        arn,
        account: A,
        resourcePolicy: withOrg,
        identity: [allow('s3:*')],
        context: { 'aws:PrincipalOrgID': 'o-other' },
      }).decision,
    ).toBe('ImplicitDeny');
    expect(
      evaluate({ arn, account: A, resourcePolicy: orgOnly, identity: [allow('s3:*')] }).decision,
    ).toBe('Allow');
  });

  it('deny over plain HTTP with aws:SecureTransport (Conditions_Boolean)', () => {
    const bucketPolicy: PolicyInput = {
      Statement: [
        {
          Sid: 'BooleanExample',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::artifacts', 'arn:aws:s3:::artifacts/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    expect(
      evaluate({
        identity: [allow('s3:*')],
        resourcePolicy: bucketPolicy,
        context: { 'aws:SecureTransport': 'false' },
      }).decision,
    ).toBe('ExplicitDeny');
    expect(
      evaluate({
        identity: [allow('s3:*')],
        resourcePolicy: bucketPolicy,
        context: { 'aws:SecureTransport': 'true' },
      }).decision,
    ).toBe('Allow');
  });
});

describe('input forms', () => {
  it('accepts raw and parsed documents alike, and never changes them', () => {
    const raw = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: BUCKET_OBJECT },
    };
    const before = JSON.stringify(raw);
    const parsed = parsePolicy(before, { kind: 'identity' });
    expect(evaluate({ identity: [raw] })).toEqual(evaluate({ identity: [parsed] }));
    expect(JSON.stringify(raw)).toBe(before);
  });
});

describe('trace', () => {
  it('names every statement considered and ends with the one deciding step', () => {
    const result = evaluateAccess({
      principal: {
        arn: `arn:aws:sts::${B}:assumed-role/ci/build-42`,
        identityPolicies: [
          {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Pull',
                Effect: 'Allow',
                Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
                Resource: `arn:aws:ecr:us-east-1:${A}:repository/*`,
              },
              { Sid: 'NoDelete', Effect: 'Deny', Action: 'ecr:BatchDeleteImage', Resource: '*' },
            ],
          },
        ],
      },
      request: {
        action: 'ecr:BatchGetImage',
        resource: `arn:aws:ecr:us-east-1:${A}:repository/app`,
      },
      resourcePolicy: {
        Version: '2008-10-17',
        Statement: [
          {
            Sid: 'AllowPull',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${B}:root` },
            Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
          },
        ],
      },
    });
    expect(result).toMatchInlineSnapshot(`
      {
        "decision": "Allow",
        "trace": [
          {
            "outcome": "allow",
            "policy": "resource",
            "reason": "Statement 'AllowPull' (index 0) in the repository policy matches (Allow): action ecr:BatchGetImage ∈ ecr:BatchGetImage, principal arn:aws:iam::222222222222:root covers the caller",
            "statement": "AllowPull",
          },
          {
            "outcome": "allow",
            "policy": "identity",
            "reason": "Statement 'Pull' (index 0) in the identity policy matches (Allow): action ecr:BatchGetImage ∈ ecr:BatchGetImage, resource arn:aws:ecr:us-east-1:111111111111:repository/app ∈ arn:aws:ecr:us-east-1:111111111111:repository/*",
            "statement": "Pull",
          },
          {
            "outcome": "no-match",
            "policy": "identity",
            "reason": "Statement 'NoDelete' (index 1) in the identity policy does not apply: action ecr:BatchGetImage ∉ ecr:BatchDeleteImage",
            "statement": "NoDelete",
          },
          {
            "outcome": "decides",
            "policy": "resource",
            "reason": "Allow: cross-account: the repository policy in account 111111111111 allows the caller (Statement 'AllowPull' (index 0)) and an identity-based policy in account 222222222222 allows ecr:BatchGetImage on arn:aws:ecr:us-east-1:111111111111:repository/app (reference_policies_evaluation-logic-cross-account)",
            "statement": "AllowPull",
          },
        ],
      }
    `);
  });

  it('every trace has exactly one deciding step, last', () => {
    const result = evaluate({
      identity: [allow('s3:*'), deny('s3:GetObject')],
      scps: [allow('*')],
    });
    expect(result.trace.filter((s) => s.outcome === 'decides')).toHaveLength(1);
    expect(result.trace.at(-1)).toMatchObject({
      outcome: 'decides',
      policy: 'identity',
      statement: '0',
    });
    // the first step notes that an S3 ARN names no account
    expect(result.trace.map((s) => s.policy)).toEqual([
      'service-rule',
      'scp',
      'identity',
      'identity',
      'identity',
    ]);
    expect(result.trace[0]?.reason).toContain('names no account');
  });
});

describe('malformed input', () => {
  it('is reported as a PolicyError with the path of the problem', () => {
    const base: AccessInput = {
      principal: { arn: `arn:aws:iam::${A}:user/carlos`, identityPolicies: [] },
      request: { action: 's3:GetObject', resource: BUCKET_OBJECT },
    };
    const pathOf = (input: unknown): string => {
      try {
        evaluateAccess(input as AccessInput);
      } catch (error) {
        expect(error).toBeInstanceOf(PolicyError);
        return (error as PolicyError).path;
      }
      return 'no error';
    };
    expect(pathOf({ ...base, kmsKey: { arn: 'alias/aws/s3', policy: { Statement: [] } } })).toBe(
      'kmsKey.arn',
    );
    expect(pathOf({ ...base, request: { ...base.request, context: { 'aws:SourceIp': 5 } } })).toBe(
      'request.context["aws:SourceIp"]',
    );
    expect(pathOf({ ...base, request: { action: 's3:GetObject', resource: '' } })).toBe(
      'request.resource',
    );
    expect(
      pathOf({
        ...base,
        resourcePolicy: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] },
      }),
    ).toBe('resourcePolicy.Statement[0].Principal');
    expect(
      pathOf({ ...base, scps: [{ Statement: { Effect: 'Permit', Action: '*', Resource: '*' } }] }),
    ).toBe('scps[0].Statement.Effect');
    expect(
      pathOf({ principal: { arn: `arn:aws:iam::${A}:user/carlos` }, request: base.request }),
    ).toBe('principal.identityPolicies');
  });
});
