import { describe, expect, it } from 'vitest';
import { evaluateAccess, type AccessInput, type PolicyInput } from '../../../src/domain/access';

const REGISTRY = '111111111111';
const CONSUMER = '222222222222';
const CALLER = `arn:aws:sts::${CONSUMER}:assumed-role/ci/build`;
const REPO = `arn:aws:ecr:us-east-1:${REGISTRY}:repository/app`;
const KEY = `arn:aws:kms:us-east-1:${REGISTRY}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const OBJECT = 'arn:aws:s3:::build-artifacts/app-1.2.3.zip';

const identity = (...statements: object[]): PolicyInput => ({
  Version: '2012-10-17',
  Statement: statements,
});
const resourcePolicy = (...statements: object[]): PolicyInput => ({
  Version: '2012-10-17',
  Statement: statements,
});

function run(
  input: Omit<AccessInput, 'principal'> & { identityPolicies?: PolicyInput[]; arn?: string },
) {
  const { identityPolicies = [], arn = CALLER, ...rest } = input;
  return evaluateAccess({ principal: { arn, identityPolicies }, ...rest });
}

describe('ECR (AmazonECR set-repository-policy, repository-policy-examples)', () => {
  const pullPolicy = resourcePolicy({
    Sid: 'AllowCrossAccountPull',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
    Action: [
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:BatchCheckLayerAvailability',
      'ecr:GetAuthorizationToken',
    ],
  });

  it('ecr:GetAuthorizationToken is granted only by an identity policy; the repository policy is ignored for it', () => {
    const viaRepo = run({
      request: { action: 'ecr:GetAuthorizationToken', resource: '*' },
      resourcePolicy: pullPolicy,
    });
    expect(viaRepo.decision).toBe('ImplicitDeny');
    expect(viaRepo.trace[0]).toMatchObject({ policy: 'service-rule' });
    expect(viaRepo.trace[0]?.reason).toContain('never by a repository policy');
    const viaIam = run({
      request: { action: 'ecr:GetAuthorizationToken', resource: '*' },
      identityPolicies: [
        identity({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }),
      ],
      resourcePolicy: pullPolicy,
    });
    expect(viaIam.decision).toBe('Allow');
  });

  it('a cross-account pull needs the repository policy and the consumer’s IAM policy (ERRATA 1)', () => {
    const iam = identity({
      Effect: 'Allow',
      Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: REPO,
    });
    expect(
      run({ request: { action: 'ecr:BatchGetImage', resource: REPO }, resourcePolicy: pullPolicy })
        .decision,
    ).toBe('ImplicitDeny');
    expect(
      run({ request: { action: 'ecr:BatchGetImage', resource: REPO }, identityPolicies: [iam] })
        .decision,
    ).toBe('ImplicitDeny');
    expect(
      run({
        request: { action: 'ecr:BatchGetImage', resource: REPO },
        identityPolicies: [iam],
        resourcePolicy: pullPolicy,
      }).decision,
    ).toBe('Allow');
  });
});

describe('S3 with SSE-KMS (AmazonS3 UsingKMSEncryption, kms key-policy-modifying-external-accounts)', () => {
  const bucketPolicy = resourcePolicy({
    Sid: 'ReadArtifacts',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::build-artifacts/*',
  });
  const keyPolicy = resourcePolicy(
    {
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${REGISTRY}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'Allow an external account to use this KMS key',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
      Action: ['kms:Decrypt', 'kms:DescribeKey'],
      Resource: '*',
    },
  );
  const readerIam = identity(
    {
      Sid: 'GetArtifacts',
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::build-artifacts/*',
    },
    { Sid: 'DecryptArtifacts', Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY },
  );
  const request = { action: 's3:GetObject', resource: OBJECT, resourceAccount: REGISTRY };

  it('reading an SSE-KMS object needs kms:Decrypt on the key as well', () => {
    const ok = run({
      request,
      identityPolicies: [readerIam],
      resourcePolicy: bucketPolicy,
      kmsKey: { arn: KEY, policy: keyPolicy },
    });
    expect(ok.decision).toBe('Allow');
    expect(ok.trace.at(-1)?.reason).toContain('kms:Decrypt');
    const noKmsIam = run({
      request,
      identityPolicies: [identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
      resourcePolicy: bucketPolicy,
      kmsKey: { arn: KEY, policy: keyPolicy },
    });
    expect(noKmsIam.decision).toBe('ImplicitDeny');
    expect(noKmsIam.trace.at(-1)?.reason).toContain('kms:Decrypt');
  });

  it('the key policy must allow the other account', () => {
    const ownAccountOnly = resourcePolicy({
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${REGISTRY}:root` },
      Action: 'kms:*',
      Resource: '*',
    });
    expect(
      run({
        request,
        identityPolicies: [readerIam],
        resourcePolicy: bucketPolicy,
        kmsKey: { arn: KEY, policy: ownAccountOnly },
      }).decision,
    ).toBe('ImplicitDeny');
  });

  it('writes need kms:GenerateDataKey, checked with kms:ViaService and kms:CallerAccount filled in', () => {
    const writerKeyPolicy = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
      Action: 'kms:GenerateDataKey',
      Resource: '*',
      Condition: {
        StringEquals: {
          'kms:ViaService': 's3.us-east-1.amazonaws.com',
          'kms:CallerAccount': CONSUMER,
        },
      },
    });
    const writerIam = identity({
      Effect: 'Allow',
      Action: ['s3:PutObject', 'kms:GenerateDataKey'],
      Resource: '*',
    });
    const put = { action: 's3:PutObject', resource: OBJECT, resourceAccount: REGISTRY };
    const bucket = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: CONSUMER },
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::build-artifacts/*',
    });
    expect(
      run({
        request: put,
        identityPolicies: [writerIam],
        resourcePolicy: bucket,
        kmsKey: { arn: KEY, policy: writerKeyPolicy },
      }).decision,
    ).toBe('Allow');
    const readerOnly = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: CONSUMER },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    expect(
      run({
        request: put,
        identityPolicies: [writerIam],
        resourcePolicy: bucket,
        kmsKey: { arn: KEY, policy: readerOnly },
      }).decision,
    ).toBe('ImplicitDeny');
  });

  it('the worse decision wins: an explicit deny on the key beats an implicit deny on the object', () => {
    const denyingKey = resourcePolicy({
      Sid: 'NoExternal',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': REGISTRY } },
    });
    const result = run({ request, identityPolicies: [], kmsKey: { arn: KEY, policy: denyingKey } });
    expect(result.decision).toBe('ExplicitDeny');
    expect(result.trace.at(-1)).toMatchObject({
      outcome: 'decides',
      policy: 'kms',
      statement: 'NoExternal',
    });
  });

  it('an AWS managed key (aws/s3) cannot be used from another account, whatever the policies (ERRATA 2)', () => {
    const openKey = resourcePolicy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'kms:*',
      Resource: '*',
    });
    const result = run({
      request,
      identityPolicies: [readerIam],
      resourcePolicy: bucketPolicy,
      kmsKey: { arn: KEY, policy: openKey, managedBy: 'AWS' },
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.trace.at(-1)?.reason).toContain('AWS managed key');
    const sameAccount = run({
      arn: `arn:aws:iam::${REGISTRY}:user/ops`,
      request,
      identityPolicies: [
        identity({ Effect: 'Allow', Action: ['s3:GetObject', 'kms:Decrypt'], Resource: '*' }),
      ],
      kmsKey: { arn: KEY, policy: openKey, managedBy: 'AWS' },
    });
    expect(sameAccount.decision).toBe('Allow');
  });

  it('within the key’s account, IAM policies count only if the key policy delegates to the account (key-policy-default)', () => {
    const user = `arn:aws:iam::${REGISTRY}:user/ops`;
    const iam = identity({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY });
    const delegating = resourcePolicy({
      Sid: 'Enable IAM User Permissions',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${REGISTRY}:root` },
      Action: 'kms:*',
      Resource: '*',
    });
    const namesOther = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${REGISTRY}:user/admin` },
      Action: 'kms:*',
      Resource: '*',
    });
    const namesUser = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: user },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    const decrypt = { action: 'kms:Decrypt', resource: KEY };
    expect(
      run({
        arn: user,
        request: decrypt,
        identityPolicies: [iam],
        kmsKey: { arn: KEY, policy: delegating },
      }).decision,
    ).toBe('Allow');
    expect(
      run({
        arn: user,
        request: decrypt,
        identityPolicies: [iam],
        kmsKey: { arn: KEY, policy: namesOther },
      }).decision,
    ).toBe('ImplicitDeny');
    expect(
      run({ arn: user, request: decrypt, kmsKey: { arn: KEY, policy: namesUser } }).decision,
    ).toBe('Allow');
    expect(
      run({ arn: user, request: decrypt, kmsKey: { arn: KEY, policy: delegating } }).decision,
    ).toBe('ImplicitDeny');
  });
});

describe('CodeArtifact (codeartifact domain-policies, repo-policies)', () => {
  const DOMAIN = `arn:aws:codeartifact:us-east-1:${REGISTRY}:domain/corp`;
  const REPOSITORY = `arn:aws:codeartifact:us-east-1:${REGISTRY}:repository/corp/npm-store`;
  const iam = identity(
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
  const domainPolicy = resourcePolicy({
    Sid: 'BasicDomainPolicy',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
    Action: [
      'codeartifact:GetAuthorizationToken',
      'codeartifact:DescribeDomain',
      'sts:GetServiceBearerToken',
    ],
    Resource: '*',
  });
  const repoPolicy = resourcePolicy({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${CONSUMER}:root` },
    Action: ['codeartifact:ReadFromRepository', 'codeartifact:GetRepositoryEndpoint'],
    Resource: '*',
  });

  it('GetAuthorizationToken is authorised by the domain policy', () => {
    const token = { action: 'codeartifact:GetAuthorizationToken', resource: DOMAIN };
    expect(run({ request: token, identityPolicies: [iam], domainPolicy }).decision).toBe('Allow');
    expect(run({ request: token, identityPolicies: [iam] }).decision).toBe('ImplicitDeny');
    expect(
      run({
        request: token,
        identityPolicies: [iam],
        resourcePolicy: repoPolicy,
        domainPolicy: resourcePolicy({
          Effect: 'Allow',
          Principal: { AWS: REGISTRY },
          Action: 'codeartifact:*',
          Resource: '*',
        }),
      }).decision,
    ).toBe('ImplicitDeny');
  });

  it('sts:GetServiceBearerToken only counts in an IAM policy (ERRATA 4)', () => {
    const bearer = {
      action: 'sts:GetServiceBearerToken',
      resource: '*',
      context: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' },
    };
    expect(run({ request: bearer, domainPolicy }).decision).toBe('ImplicitDeny');
    expect(run({ request: bearer, identityPolicies: [iam], domainPolicy }).decision).toBe('Allow');
    expect(
      run({
        request: { ...bearer, context: { 'sts:AWSServiceName': 'other.amazonaws.com' } },
        identityPolicies: [iam],
      }).decision,
    ).toBe('ImplicitDeny');
  });

  it('ReadFromRepository: the repository policy or the domain policy may grant; a deny in either wins', () => {
    const read = { action: 'codeartifact:ReadFromRepository', resource: REPOSITORY };
    expect(
      run({ request: read, identityPolicies: [iam], resourcePolicy: repoPolicy }).decision,
    ).toBe('Allow');
    const domainGrantsRead = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: CONSUMER },
      Action: 'codeartifact:ReadFromRepository',
      Resource: '*',
    });
    expect(
      run({ request: read, identityPolicies: [iam], domainPolicy: domainGrantsRead }).decision,
    ).toBe('Allow');
    expect(run({ request: read, identityPolicies: [iam], domainPolicy }).decision).toBe(
      'ImplicitDeny',
    );
    const domainDenies = resourcePolicy({
      Sid: 'NoExternalReads',
      Effect: 'Deny',
      Principal: '*',
      Action: 'codeartifact:ReadFromRepository',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': REGISTRY } },
    });
    const denied = run({
      request: read,
      identityPolicies: [iam],
      resourcePolicy: repoPolicy,
      domainPolicy: domainDenies,
    });
    expect(denied.decision).toBe('ExplicitDeny');
    expect(denied.trace.at(-1)).toMatchObject({ policy: 'domain', statement: 'NoExternalReads' });
  });
});

describe('role trust policies and service principals', () => {
  it('a trust policy must allow the principal even within one account (policy-eval-denyallow)', () => {
    const role = 'arn:aws:iam::111111111111:role/deployer';
    const admin = {
      arn: 'arn:aws:iam::111111111111:user/admin',
      identityPolicies: [identity({ Effect: 'Allow', Action: '*', Resource: '*' })],
    };
    const lambdaOnly = resourcePolicy({
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    expect(
      evaluateAccess({
        principal: admin,
        request: { action: 'sts:AssumeRole', resource: role },
        resourcePolicy: lambdaOnly,
      }).decision,
    ).toBe('ImplicitDeny');
    const accountTrust = resourcePolicy({
      Effect: 'Allow',
      Principal: { AWS: '111111111111' },
      Action: 'sts:AssumeRole',
    });
    expect(
      evaluateAccess({
        principal: admin,
        request: { action: 'sts:AssumeRole', resource: role },
        resourcePolicy: accountTrust,
      }).decision,
    ).toBe('Allow');
    expect(
      evaluateAccess({
        principal: { arn: 'lambda.amazonaws.com', identityPolicies: [] },
        request: { action: 'sts:AssumeRole', resource: role },
        resourcePolicy: lambdaOnly,
      }).decision,
    ).toBe('Allow');
  });

  it('a service principal is authorised by the resource policy, scoped with aws:SourceAccount', () => {
    const bucket = resourcePolicy({
      Effect: 'Allow',
      Principal: { Service: 'cloudtrail.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::trail-logs/*',
      Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
    });
    const put = (account: string) =>
      evaluateAccess({
        principal: { arn: 'cloudtrail.amazonaws.com', identityPolicies: [] },
        request: {
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::trail-logs/x',
          context: { 'aws:SourceAccount': account },
        },
        resourcePolicy: bucket,
      }).decision;
    expect(put('111111111111')).toBe('Allow');
    expect(put('999999999999')).toBe('ImplicitDeny');
  });
});
