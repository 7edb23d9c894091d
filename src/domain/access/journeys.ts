/**
 * Journeys: the sequence of requests a real client makes, each decided by the same engine.
 */
import { accountOf, parseArn } from './arn';
import { evaluateAccess, worse } from './evaluate';
import type {
  AccessRequest,
  AccessResult,
  ContextValue,
  Decision,
  KmsKeyInput,
  PolicyInput,
} from './types';

export interface JourneyPrincipal {
  arn: string;
  identityPolicies: PolicyInput[];
  permissionsBoundary?: PolicyInput;
  /** the principal's account's SCPs */
  scps?: PolicyInput[];
}

export interface JourneyStep {
  label: string;
  request: AccessRequest;
  result: AccessResult;
}

export interface JourneyResult {
  /** the worst decision of all steps: the journey works only if every step is allowed */
  decision: Decision;
  steps: JourneyStep[];
}

interface Call {
  label: string;
  request: AccessRequest;
  resourcePolicy?: PolicyInput | undefined;
  domainPolicy?: PolicyInput | undefined;
  kmsKey?: KmsKeyInput | undefined;
}

function run(principal: JourneyPrincipal, calls: Call[]): JourneyResult {
  let decision: Decision = 'Allow';
  const steps = calls.map((call) => {
    const result = evaluateAccess({
      principal: {
        arn: principal.arn,
        identityPolicies: principal.identityPolicies,
        ...(principal.permissionsBoundary !== undefined
          ? { permissionsBoundary: principal.permissionsBoundary }
          : {}),
      },
      request: call.request,
      ...(call.resourcePolicy !== undefined ? { resourcePolicy: call.resourcePolicy } : {}),
      ...(call.domainPolicy !== undefined ? { domainPolicy: call.domainPolicy } : {}),
      ...(call.kmsKey !== undefined ? { kmsKey: call.kmsKey } : {}),
      ...(principal.scps !== undefined ? { scps: principal.scps } : {}),
    });
    decision = worse(decision, result.decision);
    return { label: call.label, request: call.request, result };
  });
  return { decision, steps };
}

function withContext(
  request: AccessRequest,
  context: Record<string, ContextValue> | undefined,
): AccessRequest {
  return context ? { ...request, context: { ...context, ...request.context } } : request;
}

/**
 * `docker pull` from another account's ECR repository: a registry token (identity policy only),
 * then the three layer/image calls, each needing the repository policy and the consumer's IAM
 * policy (AmazonECR repository-policy-examples, set-repository-policy).
 */
export function ecrCrossAccountPull(input: {
  consumer: JourneyPrincipal;
  repository: { arn: string; policy?: PolicyInput };
  context?: Record<string, ContextValue>;
}): JourneyResult {
  const repo = input.repository;
  const account = accountOf(repo.arn) ?? undefined;
  const on = (action: string): AccessRequest =>
    withContext(
      { action, resource: repo.arn, ...(account ? { resourceAccount: account } : {}) },
      input.context,
    );
  return run(input.consumer, [
    {
      label: 'Get a registry login token (docker login)',
      request: withContext({ action: 'ecr:GetAuthorizationToken', resource: '*' }, input.context),
      resourcePolicy: repo.policy,
    },
    {
      label: 'Check which layers exist',
      request: on('ecr:BatchCheckLayerAvailability'),
      resourcePolicy: repo.policy,
    },
    {
      label: 'Get download URLs for the layers',
      request: on('ecr:GetDownloadUrlForLayer'),
      resourcePolicy: repo.policy,
    },
    {
      label: 'Get the image manifest',
      request: on('ecr:BatchGetImage'),
      resourcePolicy: repo.policy,
    },
  ]);
}

/**
 * Reading a build artifact from another account's bucket: s3:GetObject under the bucket policy
 * and the reader's IAM policy, then — for an SSE-KMS object — kms:Decrypt under the key policy
 * and the reader's IAM policy (AmazonS3 example-walkthroughs-managing-access-example2,
 * UsingKMSEncryption; kms key-policy-modifying-external-accounts).
 */
export function s3KmsArtifactRead(input: {
  reader: JourneyPrincipal;
  object: { arn: string; account: string; bucketPolicy?: PolicyInput };
  kmsKey?: KmsKeyInput;
  context?: Record<string, ContextValue>;
}): JourneyResult {
  const calls: Call[] = [
    {
      label: 'Get the object from the bucket',
      request: withContext(
        {
          action: 's3:GetObject',
          resource: input.object.arn,
          resourceAccount: input.object.account,
        },
        input.context,
      ),
      resourcePolicy: input.object.bucketPolicy,
    },
  ];
  const key = input.kmsKey;
  if (key) {
    const region = parseArn(key.arn)?.region ?? '';
    const readerAccount = accountOf(input.reader.arn);
    calls.push({
      label: 'S3 decrypts the object with the KMS key on the reader’s behalf',
      request: withContext(
        {
          action: 'kms:Decrypt',
          resource: key.arn,
          context: {
            'kms:ViaService': `s3.${region}.amazonaws.com`,
            ...(readerAccount ? { 'kms:CallerAccount': readerAccount } : {}),
          },
        },
        input.context,
      ),
      kmsKey: key,
    });
  }
  return run(input.reader, calls);
}

/**
 * `aws codeartifact login` + `npm install` from another account's CodeArtifact repository:
 * a token (domain policy + IAM), the STS bearer token (IAM only), the endpoint and the read
 * (repository policy or domain policy, + IAM) (codeartifact domain-policies, repo-policies,
 * tokens-authentication).
 */
export function codeArtifactCrossAccountInstall(input: {
  consumer: JourneyPrincipal;
  domain: { arn: string; policy?: PolicyInput };
  repository: { arn: string; policy?: PolicyInput };
  context?: Record<string, ContextValue>;
}): JourneyResult {
  const domainAccount = accountOf(input.domain.arn) ?? undefined;
  const onRepo = (action: string): AccessRequest =>
    withContext(
      {
        action,
        resource: input.repository.arn,
        ...(domainAccount ? { resourceAccount: domainAccount } : {}),
      },
      input.context,
    );
  return run(input.consumer, [
    {
      label: 'Get a CodeArtifact authorization token for the domain',
      request: withContext(
        {
          action: 'codeartifact:GetAuthorizationToken',
          resource: input.domain.arn,
          ...(domainAccount ? { resourceAccount: domainAccount } : {}),
        },
        input.context,
      ),
      domainPolicy: input.domain.policy,
    },
    {
      label: 'STS issues the bearer token CodeArtifact uses',
      request: withContext(
        {
          action: 'sts:GetServiceBearerToken',
          resource: '*',
          context: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' },
        },
        input.context,
      ),
      domainPolicy: input.domain.policy,
    },
    {
      label: 'Get the repository endpoint',
      request: onRepo('codeartifact:GetRepositoryEndpoint'),
      resourcePolicy: input.repository.policy,
      domainPolicy: input.domain.policy,
    },
    {
      label: 'Read packages from the repository',
      request: onRepo('codeartifact:ReadFromRepository'),
      resourcePolicy: input.repository.policy,
      domainPolicy: input.domain.policy,
    },
  ]);
}
