import { describe, expect, it } from 'vitest';
import {
  codeArtifactCrossAccountInstall,
  ecrCrossAccountPull,
  s3KmsArtifactRead,
  whatWouldAllow,
  type PolicyInput,
} from '../../../src/domain/access';

const PROD = '111111111111';
const CI = '222222222222';
const CALLER = `arn:aws:sts::${CI}:assumed-role/ci/build-9`;
const stmt = (...Statement: object[]): PolicyInput => ({ Version: '2012-10-17', Statement });

describe('ecrCrossAccountPull', () => {
  const repository = {
    arn: `arn:aws:ecr:eu-west-1:${PROD}:repository/app`,
    policy: stmt({
      Sid: 'AllowPull',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CI}:root` },
      Action: [
        'ecr:BatchGetImage',
        'ecr:GetDownloadUrlForLayer',
        'ecr:BatchCheckLayerAvailability',
      ],
    }),
  };

  it('walks the four calls of a docker pull', () => {
    const consumer = {
      arn: CALLER,
      identityPolicies: [
        stmt({
          Effect: 'Allow',
          Action: [
            'ecr:GetAuthorizationToken',
            'ecr:BatchGetImage',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchCheckLayerAvailability',
          ],
          Resource: '*',
        }),
      ],
    };
    const result = ecrCrossAccountPull({ consumer, repository });
    expect(result.decision).toBe('Allow');
    expect(result.steps.map((s) => [s.request.action, s.result.decision])).toEqual([
      ['ecr:GetAuthorizationToken', 'Allow'],
      ['ecr:BatchCheckLayerAvailability', 'Allow'],
      ['ecr:GetDownloadUrlForLayer', 'Allow'],
      ['ecr:BatchGetImage', 'Allow'],
    ]);
  });

  it('fails at the token when only the repository policy is set up (ERRATA 1)', () => {
    const result = ecrCrossAccountPull({
      consumer: { arn: CALLER, identityPolicies: [] },
      repository,
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.steps.every((s) => s.result.decision === 'ImplicitDeny')).toBe(true);
  });
});

describe('s3KmsArtifactRead', () => {
  const key = `arn:aws:kms:eu-west-1:${PROD}:key/k-1`;
  const object = {
    arn: 'arn:aws:s3:::prod-artifacts/app.zip',
    account: PROD,
    bucketPolicy: stmt({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CI}:role/ci` },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::prod-artifacts/*',
    }),
  };
  const keyPolicy = stmt(
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${PROD}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AllowCiDecryptViaS3',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CI}:root` },
      Action: 'kms:Decrypt',
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
    },
  );
  const reader = {
    arn: CALLER,
    identityPolicies: [
      stmt({ Effect: 'Allow', Action: ['s3:GetObject', 'kms:Decrypt'], Resource: '*' }),
    ],
  };

  it('reads when bucket policy, key policy and IAM all agree', () => {
    const result = s3KmsArtifactRead({ reader, object, kmsKey: { arn: key, policy: keyPolicy } });
    expect(result.steps.map((s) => [s.request.action, s.result.decision])).toEqual([
      ['s3:GetObject', 'Allow'],
      ['kms:Decrypt', 'Allow'],
    ]);
    expect(result.decision).toBe('Allow');
  });

  it('is denied with the AWS managed key (ERRATA 2)', () => {
    const result = s3KmsArtifactRead({
      reader,
      object,
      kmsKey: { arn: key, policy: keyPolicy, managedBy: 'AWS' },
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.steps[1]?.result.trace.at(-1)?.reason).toContain('AWS managed key');
  });
});

describe('codeArtifactCrossAccountInstall', () => {
  const domain = {
    arn: `arn:aws:codeartifact:us-east-1:${PROD}:domain/corp`,
    policy: stmt({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CI}:root` },
      Action: 'codeartifact:GetAuthorizationToken',
      Resource: '*',
    }),
  };
  const repository = {
    arn: `arn:aws:codeartifact:us-east-1:${PROD}:repository/corp/npm`,
    policy: stmt({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CI}:root` },
      Action: ['codeartifact:ReadFromRepository', 'codeartifact:GetRepositoryEndpoint'],
      Resource: '*',
    }),
  };
  const consumerIam = stmt(
    {
      Effect: 'Allow',
      Action: [
        'codeartifact:GetAuthorizationToken',
        'codeartifact:GetRepositoryEndpoint',
        'codeartifact:ReadFromRepository',
      ],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: 'sts:GetServiceBearerToken',
      Resource: '*',
      Condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } },
    },
  );

  it('walks token, bearer token, endpoint and read', () => {
    const result = codeArtifactCrossAccountInstall({
      consumer: { arn: CALLER, identityPolicies: [consumerIam] },
      domain,
      repository,
    });
    expect(result.steps.map((s) => [s.request.action, s.result.decision])).toEqual([
      ['codeartifact:GetAuthorizationToken', 'Allow'],
      ['sts:GetServiceBearerToken', 'Allow'],
      ['codeartifact:GetRepositoryEndpoint', 'Allow'],
      ['codeartifact:ReadFromRepository', 'Allow'],
    ]);
    expect(result.decision).toBe('Allow');
  });

  it('fails at the bearer token when IAM lacks sts:GetServiceBearerToken (ERRATA 4)', () => {
    const withoutSts = stmt({ Effect: 'Allow', Action: 'codeartifact:*', Resource: '*' });
    const result = codeArtifactCrossAccountInstall({
      consumer: { arn: CALLER, identityPolicies: [withoutSts] },
      domain,
      repository,
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.steps.find((s) => s.result.decision !== 'Allow')?.request.action).toBe(
      'sts:GetServiceBearerToken',
    );
  });
});

describe('whatWouldAllow', () => {
  it('lists the missing statement per side, and applying them allows', () => {
    const result = whatWouldAllow({
      principal: { arn: CALLER, identityPolicies: [] },
      request: {
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::prod-artifacts/app.zip',
        resourceAccount: PROD,
      },
      kmsKey: {
        arn: `arn:aws:kms:eu-west-1:${PROD}:key/k-1`,
        policy: stmt({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${PROD}:root` },
          Action: 'kms:*',
          Resource: '*',
        }),
      },
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.suggestions.map((s) => [s.side, s.action])).toEqual([
      ['resource', 's3:GetObject'],
      ['identity', 's3:GetObject'],
      ['kms', 'kms:Decrypt'],
      ['identity', 'kms:Decrypt'],
    ]);
    expect(result.suggestions[0]?.statement).toEqual({
      Sid: 'AllowS3GetObject',
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam::${CI}:role/ci`] },
      Action: ['s3:GetObject'],
      Resource: ['arn:aws:s3:::prod-artifacts/app.zip'],
    });
    expect(result.decisionAfter).toBe('Allow');
  });

  it('within one account suggests the identity policy alone; with SCPs and boundary it names them too', () => {
    const result = whatWouldAllow({
      principal: {
        arn: `arn:aws:iam::${CI}:user/dev`,
        identityPolicies: [],
        permissionsBoundary: stmt({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }),
      },
      request: { action: 'ecr:GetAuthorizationToken', resource: '*' },
      scps: [stmt({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    });
    expect(result.suggestions.map((s) => s.side)).toEqual(['scp', 'identity', 'boundary']);
    expect(result.decisionAfter).toBe('Allow');
  });

  it('reports explicit denies and the managed-key rule as blockers that no Allow fixes', () => {
    const denied = whatWouldAllow({
      principal: {
        arn: CALLER,
        identityPolicies: [stmt({ Sid: 'NoEcr', Effect: 'Deny', Action: 'ecr:*', Resource: '*' })],
      },
      request: { action: 'ecr:GetAuthorizationToken', resource: '*' },
    });
    expect(denied.decision).toBe('ExplicitDeny');
    expect(denied.suggestions).toEqual([]);
    expect(denied.blockers).toEqual([
      expect.objectContaining({ policy: 'identity', statement: 'NoEcr' }),
    ]);
    const managed = whatWouldAllow({
      principal: { arn: CALLER, identityPolicies: [] },
      request: { action: 'kms:Decrypt', resource: `arn:aws:kms:eu-west-1:${PROD}:key/aws-s3` },
      kmsKey: {
        arn: `arn:aws:kms:eu-west-1:${PROD}:key/aws-s3`,
        policy: stmt({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }),
        managedBy: 'AWS',
      },
    });
    expect(managed.blockers[0]?.reason).toContain('customer managed key');
    expect(managed.decisionAfter).toBe('ImplicitDeny');
  });

  it('never changes its input', () => {
    const input = {
      principal: {
        arn: CALLER,
        identityPolicies: [stmt({ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' })],
      },
      request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceAccount: PROD },
      resourcePolicy: stmt({
        Effect: 'Allow',
        Principal: { AWS: PROD },
        Action: 's3:ListBucket',
        Resource: '*',
      }),
    };
    const before = JSON.stringify(input);
    whatWouldAllow(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
