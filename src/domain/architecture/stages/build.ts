/**
 * Build: CodeBuild pulls the base image (through the ECR pull through cache), builds the image
 * with Docker (privileged mode), packages the Lambda function and uploads it to the artifact
 * bucket — the upload decided by the access engine, with the bucket's key.
 */
import { evaluateAccess } from '../../access';
import type { DecidedStep, ProcessPlan } from '../../simulation';
import { stableDigest } from '../../stableId';
import { accessCheck, allowed, decisionNote, objectKey } from '../access';
import type { ArchitectureScenario, ArtifactObject } from '../types';
import { stage, type StageResult } from './result';

const DAY = 86_400_000;
/** A .zip package including its layers, unzipped (lambda/gettingstarted-limits). */
const ZIP_UNZIPPED_MB = 250;
/** A container image function (lambda/gettingstarted-limits). */
const IMAGE_MB = 10_240;

function baseImageStep(s: ArchitectureScenario): DecidedStep {
  const build = s.tooling.build;
  const registryHost = `${s.tooling.accountId}.dkr.ecr.${s.regions.primary}.amazonaws.com/`;
  if (!build.baseImage.startsWith(registryHost)) {
    if (build.network.private)
      return {
        kind: 'baseImage',
        outcome: 'failed',
        note: `FROM ${build.baseImage} goes straight to an upstream registry, and the build subnet has no internet route. Pull through the cache: FROM ${registryHost}docker-hub/… (ecr/pull-through-cache).`,
      };
    return {
      kind: 'baseImage',
      outcome: 'ok',
      note: `FROM ${build.baseImage}: pulled from the upstream registry over the internet, uncached (ecr/pull-through-cache).`,
    };
  }
  const repository = build.baseImage.slice(registryHost.length).split(':')[0]!;
  if (s.tooling.registry.repositories[repository])
    return {
      kind: 'baseImage',
      outcome: 'ok',
      note: `${repository} is already in the cache: pulled from ECR (ecr/pull-through-cache).`,
    };
  // the first pull imports the image: the puller needs ecr:BatchImportUpstreamImage (ecr/pull-through-cache-iam)
  const decision = evaluateAccess({
    principal: { arn: build.roleArn, identityPolicies: build.identityPolicies },
    request: {
      action: 'ecr:BatchImportUpstreamImage',
      resource: `arn:aws:ecr:${s.regions.primary}:${s.tooling.accountId}:repository/${repository}`,
    },
  }).decision;
  return decision === 'Allow'
    ? {
        kind: 'baseImage',
        outcome: 'ok',
        note: `First pull of ${repository} through the cache: ECR imports it from the upstream registry, which the build role may do (ecr:BatchImportUpstreamImage) (ecr/pull-through-cache).`,
      }
    : {
        kind: 'baseImage',
        outcome: 'failed',
        note: `First pull of ${repository} through the cache: importing it needs ecr:BatchImportUpstreamImage (and ecr:CreateRepository for a new repository), which the build role's policies do not allow (${decision}) (ecr/pull-through-cache).`,
      };
}

function dockerStep(s: ArchitectureScenario): DecidedStep {
  return s.tooling.build.privilegedMode
    ? {
        kind: 'docker',
        outcome: 'ok',
        note: 'docker build runs: the project is in privileged mode (codebuild/change-project-console).',
      }
    : {
        kind: 'docker',
        outcome: 'failed',
        note: 'docker build fails with "Cannot connect to the Docker daemon at unix:///var/run/docker.sock": a CodeBuild project reaches a Docker daemon only in privileged mode, which is off by default (codebuild/troubleshooting).',
      };
}

function packageStep(s: ArchitectureScenario): DecidedStep {
  const { type, unzippedMb } = s.tooling.build.lambdaPackage;
  const limit = type === 'Zip' ? ZIP_UNZIPPED_MB : IMAGE_MB;
  return unzippedMb <= limit
    ? {
        kind: 'package',
        outcome: 'ok',
        note: `Lambda ${type === 'Zip' ? '.zip package' : 'container image'} of ${unzippedMb} MB (limit ${limit} MB) (lambda/gettingstarted-limits).`,
      }
    : {
        kind: 'package',
        outcome: 'failed',
        note: `A .zip package is limited to ${ZIP_UNZIPPED_MB} MB unzipped, layers included; this one is ${unzippedMb} MB. Package the function as a container image (up to 10 GB) instead (lambda/gettingstarted-limits).`,
      };
}

export function buildStage(s: ArchitectureScenario): StageResult {
  const build = s.tooling.build;
  const steps: DecidedStep[] = [];
  const children: ProcessPlan[] = [];
  const code: ProcessPlan = {
    machine: 'codeBuild',
    input: { label: `${build.name}: release ${s.release.version}`, steps },
  };
  children.push(code);
  for (const step of [baseImageStep(s), dockerStep(s), packageStep(s)]) {
    steps.push(step);
    if (step.outcome === 'failed') {
      steps.push({ kind: 'result', outcome: 'failed', note: step.note });
      return { plan: stage('build', children, step.note, ''), scenario: s };
    }
  }
  const bucket = s.tooling.bucket;
  const objectArn = `arn:aws:s3:::${bucket.name}/${s.release.artifactKey}`;
  const kmsKey = objectKey(bucket, bucket.defaultEncryption);
  const upload = accessCheck(`${build.name}: s3:PutObject ${s.release.artifactKey}`, {
    principal: { arn: build.roleArn, identityPolicies: build.identityPolicies },
    request: { action: 's3:PutObject', resource: objectArn, resourceAccount: s.tooling.accountId },
    resourcePolicy: bucket.bucketPolicy,
    ...(kmsKey ? { kmsKey } : {}),
  });
  const ok = allowed(upload);
  steps.push(
    ok
      ? {
          kind: 'upload',
          outcome: 'ok',
          note: `Uploaded ${s.release.artifactKey} to ${bucket.name} with ${bucket.defaultEncryption === 'customer-key' ? 'the customer managed key' : bucket.defaultEncryption}${bucket.objectLock ? `, under Object Lock ${bucket.objectLock.mode} for ${bucket.objectLock.days} days` : ''}.`,
        }
      : {
          kind: 'upload',
          outcome: 'failed',
          note: `The upload is refused: ${decisionNote(upload)}`,
        },
    ok
      ? {
          kind: 'result',
          outcome: 'passed',
          note: 'Image built and function packaged and uploaded.',
        }
      : {
          kind: 'result',
          outcome: 'failed',
          note: `The upload is refused: ${decisionNote(upload)}`,
        },
  );
  children.push(upload);
  if (!ok) return { plan: stage('build', children, decisionNote(upload), ''), scenario: s };
  const versionId = `v-${s.release.version}-${Date.parse(s.now) / 1000}`;
  const object: ArtifactObject = {
    key: s.release.artifactKey,
    versionId,
    createdAt: s.now,
    sizeBytes: build.lambdaPackage.unzippedMb * 400_000,
    encryption: bucket.defaultEncryption,
    ...(bucket.objectLock
      ? {
          lock: {
            mode: bucket.objectLock.mode,
            retainUntil: new Date(Date.parse(s.now) + bucket.objectLock.days * DAY).toISOString(),
          },
        }
      : {}),
  };
  return {
    plan: stage(
      'build',
      children,
      null,
      `Built image and uploaded ${s.release.artifactKey} (${versionId}).`,
    ),
    scenario: {
      ...s,
      builtDigest: stableDigest(`${s.release.repository}:${s.release.version}@${s.now}`),
      tooling: { ...s.tooling, bucket: { ...bucket, objects: [...bucket.objects, object] } },
    },
  };
}
