/**
 * Deploy image and Lambda, in each workload account: the ECS subnet's path to ECR, the three
 * requests of a cross-account pull (the registry token from IAM alone, then the repository
 * policy and IAM together), the image the task definition resolves to, the Lambda package read
 * from the artifact bucket (bucket policy, IAM and the KMS key policy), and Lambda's signature
 * checks — the first that fails stops the stage (ecr/repository-policy-examples,
 * lambda/configuration-codesigning).
 */
import { checkLambdaDeployment, deployContainerImage } from '../../signer';
import type { DecidedStep, ProcessPlan } from '../../simulation';
import { accessCheck, allowed, decisionNote, objectKey } from '../access';
import { networkSteps } from '../network';
import type { ArchitectureScenario, WorkloadAccount } from '../types';
import { lastNote, stage, type StageResult } from './result';

/**
 * The placeholder a task definition template carries for the image: CodeDeploy's ECS deployment
 * fills it with the image URI and digest from the build's imageDetail.json
 * (codepipeline/file-reference, ECS blue/green taskdef.json).
 */
export const IMAGE_PLACEHOLDER = '<IMAGE1_NAME>';

function lambdaSteps(s: ArchitectureScenario, w: WorkloadAccount): DecidedStep[] {
  const object = s.tooling.bucket.objects.filter((o) => o.key === s.release.artifactKey).at(-1);
  const signature =
    s.tooling.signer.signatures.find((g) => g.jobId === object?.signatureJobId) ?? null;
  const result = checkLambdaDeployment(
    w.lambda.codeSigningConfig,
    {
      operation: 'UpdateFunctionCode',
      PackageType: s.tooling.build.lambdaPackage.type,
      code: { name: s.release.artifactKey, digest: `sha384:${object?.versionId ?? ''}`, signature },
    },
    s.tooling.signer.profiles,
    s.now,
  );
  return [
    ...result.checks.map((c): DecidedStep => ({
      kind: c.check,
      outcome: c.passed ? 'passed' : 'failed',
      note: c.reason,
    })),
    { kind: 'deployment', outcome: result.outcome, note: result.trace.at(-1) ?? result.outcome },
  ];
}

/** The release's own image: verified first when the service has a verification step. */
function releaseImageSteps(s: ArchitectureScenario, w: WorkloadAccount): DecidedStep[] {
  const t = s.tooling;
  const digest = s.builtDigest ?? '';
  const resolve: DecidedStep = {
    kind: 'resolve',
    outcome: 'release',
    note:
      w.ecs.image === IMAGE_PLACEHOLDER
        ? `${IMAGE_PLACEHOLDER} is filled with ${s.release.repository}@${digest.slice(0, 19)}… from the build's imageDetail.json: exactly the image this release built, scanned and signed.`
        : `${w.ecs.image} is the image this release built, scanned and signed.`,
  };
  const verdict = deployContainerImage(
    w.ecs.verification ?? null,
    {
      repositoryUri: `${t.registry.registryId}.dkr.ecr.${t.registry.region}.amazonaws.com/${s.release.repository}`,
      digest,
    },
    t.signer.signatures,
    t.signer.profiles,
    s.now,
  );
  const verify: DecidedStep[] =
    verdict.verified === null
      ? []
      : [
          {
            kind: 'verify',
            outcome: verdict.verified ? 'verified' : 'refused',
            note: verdict.trace.at(-2) ?? verdict.trace.at(-1) ?? '',
          },
        ];
  if (!verdict.deployed)
    return [
      resolve,
      ...verify,
      {
        kind: 'result',
        outcome: 'failed',
        note: `The verification step refused ${digest.slice(0, 19)}…: ${verify[0]?.note ?? ''}`,
      },
    ];
  return [
    resolve,
    ...verify,
    {
      kind: 'pull',
      outcome: 'ok',
      note: 'Layers pulled; ECR does not check signatures or scan findings on pull (ecr/image-signing).',
    },
    { kind: 'result', outcome: 'running', note: `Tasks run ${digest.slice(0, 19)}….` },
  ];
}

function otherImageSteps(w: WorkloadAccount, resolved: string | undefined): DecidedStep[] {
  return [
    {
      kind: 'resolve',
      outcome: 'other',
      note: resolved
        ? `${w.ecs.image} resolves to ${resolved.slice(0, 19)}…, not the image this release built, scanned and signed: a tag can name a different image after any push. Deploy by digest or by an immutable version tag.`
        : `${w.ecs.image} names no image in the repository.`,
    },
    {
      kind: 'result',
      outcome: 'failed',
      note: `The service would not run this release's image (${w.ecs.image}).`,
    },
  ];
}

function deployTo(
  s: ArchitectureScenario,
  w: WorkloadAccount,
): { children: ProcessPlan[]; failure: string | null } {
  const children: ProcessPlan[] = [];
  const fail = (plan: ProcessPlan, why: string) => ({
    children: [...children, plan],
    failure: `${w.name}: ${why}`,
  });
  const network: ProcessPlan = {
    machine: 'networkPath',
    input: { label: `${w.name} ECS → ECR`, steps: networkSteps(w.ecs.network, 'ecr') },
  };
  if (network.input.steps.at(-1)?.outcome === 'blocked') return fail(network, lastNote(network));
  children.push(network);
  const t = s.tooling;
  const repoArn = `arn:aws:ecr:${t.registry.region}:${t.registry.registryId}:repository/${s.release.repository}`;
  const repo = t.registry.repositories[s.release.repository];
  const principal = {
    arn: w.deployRole.arn,
    identityPolicies: w.deployRole.identityPolicies,
    ...(w.deployRole.permissionsBoundary
      ? { permissionsBoundary: w.deployRole.permissionsBoundary }
      : {}),
  };
  const requests = [
    accessCheck(`${w.name}: ecr:GetAuthorizationToken`, {
      principal,
      scps: w.scps,
      request: { action: 'ecr:GetAuthorizationToken', resource: '*' },
    }),
    ...['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'].map((action) =>
      accessCheck(`${w.name}: ${action}`, {
        principal,
        scps: w.scps,
        request: { action, resource: repoArn, resourceAccount: t.registry.registryId },
        ...(repo?.repositoryPolicy
          ? { resourcePolicy: JSON.parse(repo.repositoryPolicy) as Record<string, unknown> }
          : {}),
      }),
    ),
  ];
  for (const r of requests) {
    if (!allowed(r)) return fail(r, decisionNote(r));
    children.push(r);
  }
  const image =
    w.ecs.image === IMAGE_PLACEHOLDER && s.builtDigest
      ? `${s.release.repository}@${s.builtDigest}`
      : w.ecs.image;
  const [name, ref] = image.includes('@') ? image.split('@') : image.split(':');
  const resolved = image.includes('@')
    ? ref
    : repo?.images.find((i) => i.imageTags.includes(ref ?? ''))?.imageDigest;
  const isRelease = name === s.release.repository && resolved === s.builtDigest;
  const deployment: ProcessPlan = {
    machine: 'deployment',
    input: {
      label: `${w.name}: ECS service ${w.ecs.name}`,
      steps: isRelease ? releaseImageSteps(s, w) : otherImageSteps(w, resolved),
    },
  };
  if (deployment.input.steps.at(-1)?.outcome !== 'running')
    return fail(deployment, lastNote(deployment));
  children.push(deployment);
  const object = t.bucket.objects.filter((o) => o.key === s.release.artifactKey).at(-1);
  const kmsKey = object ? objectKey(t.bucket, object.encryption) : undefined;
  const read = accessCheck(`${w.name}: s3:GetObject ${s.release.artifactKey}`, {
    principal,
    scps: w.scps,
    request: {
      action: 's3:GetObject',
      resource: `arn:aws:s3:::${t.bucket.name}/${s.release.artifactKey}`,
      resourceAccount: t.accountId,
    },
    resourcePolicy: t.bucket.bucketPolicy,
    ...(kmsKey ? { kmsKey } : {}),
  });
  if (!allowed(read)) return fail(read, decisionNote(read));
  children.push(read);
  const signing: ProcessPlan = {
    machine: 'signing',
    input: { label: `${w.name}: Lambda ${w.lambda.functionName}`, steps: lambdaSteps(s, w) },
  };
  if (signing.input.steps.at(-1)?.outcome === 'blocked') return fail(signing, lastNote(signing));
  children.push(signing);
  return { children, failure: null };
}

export function deployStage(s: ArchitectureScenario): StageResult {
  const children: ProcessPlan[] = [];
  for (const w of s.workloads) {
    const r = deployTo(s, w);
    children.push(...r.children);
    if (r.failure) return { plan: stage('deploy', children, r.failure, ''), scenario: s };
  }
  const object = s.tooling.bucket.objects.filter((o) => o.key === s.release.artifactKey).at(-1);
  return {
    plan: stage(
      'deploy',
      children,
      null,
      `Running in ${s.workloads.map((w) => w.name).join(' and ')}.`,
    ),
    scenario: {
      ...s,
      workloads: s.workloads.map((w) => ({
        ...w,
        ecs: { ...w.ecs, running: s.builtDigest },
        lambda: {
          ...w.lambda,
          versions: [
            ...w.lambda.versions,
            {
              version: (w.lambda.versions.at(-1)?.version ?? 0) + 1,
              artifactKey: s.release.artifactKey,
              signatureJobId: object?.signatureJobId ?? null,
            },
          ],
        },
      })),
    },
  };
}
