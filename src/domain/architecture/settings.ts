/**
 * The knobs of the architecture a learner (or a challenge) changes: each is one real setting —
 * a CodeBuild project option, a VPC endpoint, an ECR repository or registry setting, a bucket's
 * default encryption, a Lambda code signing policy, an Image Builder start condition — read from
 * and written to the scenario, so a fix is made the way it is made in AWS.
 */
import { normalizePolicy, type PolicyInput } from '../access';
import { PolicyError } from '../errors';
import { IMAGE_PLACEHOLDER } from './stages/deploy';
import type { ArchitectureScenario, VpcEndpoint, WorkloadAccount } from './types';

export type SettingValue = boolean | number | string | string[] | PolicyInput;

interface Option {
  value: string;
  label: string;
}

interface Common<V extends SettingValue> {
  id: string;
  label: string;
  /** Which part of the diagram it belongs to. */
  lane: 'build' | 'registry' | 'bucket' | 'pipeline' | 'workload';
  traps: string[];
  get: (s: ArchitectureScenario) => V;
  set: (s: ArchitectureScenario, value: V) => ArchitectureScenario;
}

export type Setting =
  | (Common<boolean> & { kind: 'boolean' })
  | (Common<string> & { kind: 'choice'; options: (s: ArchitectureScenario) => Option[] })
  | (Common<number> & { kind: 'number'; min: number; max: number; unit: string })
  | (Common<string[]> & { kind: 'set'; options: (s: ArchitectureScenario) => Option[] })
  | (Common<PolicyInput> & { kind: 'policy'; policyKind: 'identity' | 'resource' });

const ENDPOINTS: VpcEndpoint[] = [
  'codeartifact.api',
  'codeartifact.repositories',
  'ecr.api',
  'ecr.dkr',
  's3',
];
const endpointOptions = () =>
  ENDPOINTS.map((e) => ({
    value: e,
    label: e === 's3' ? 's3 (gateway)' : `${e} (interface)`,
  }));

const tooling = (s: ArchitectureScenario, change: Partial<ArchitectureScenario['tooling']>) => ({
  ...s,
  tooling: { ...s.tooling, ...change },
});
const build = (
  s: ArchitectureScenario,
  change: Partial<ArchitectureScenario['tooling']['build']>,
) => tooling(s, { build: { ...s.tooling.build, ...change } });
const workload = (s: ArchitectureScenario): WorkloadAccount => s.workloads[0]!;
const firstWorkload = (
  s: ArchitectureScenario,
  change: (w: WorkloadAccount) => WorkloadAccount,
): ArchitectureScenario => ({
  ...s,
  workloads: s.workloads.map((w, i) => (i === 0 ? change(w) : w)),
});
const releaseRepo = (s: ArchitectureScenario) =>
  s.tooling.registry.repositories[s.release.repository];
const registryHost = (s: ArchitectureScenario) =>
  `${s.tooling.registry.registryId}.dkr.ecr.${s.tooling.registry.region}.amazonaws.com`;

/** The Dockerfile's image name without its registry: `library/node:20-slim`. */
const imageName = (uri: string) =>
  uri.replace(/^.*?\/docker-hub\//, '').replace(/^docker\.io\//, '');

/** The rule that sends scan findings on; switching routing on restores it. */
const FINDINGS_RULE = {
  Name: 'scan-findings-to-security',
  EventPattern: { source: ['aws.ecr'], 'detail-type': ['ECR Image Scan'] },
  State: 'ENABLED' as const,
  Targets: [{ Id: 'security-topic', Arn: 'arn:aws:sns:us-east-1:111111111111:security-findings' }],
};

const notationProfile = (s: ArchitectureScenario) =>
  s.tooling.signer.profiles.find((p) => p.platformId === 'Notation-OCI-SHA384-ECDSA');

const lambdaProfiles = (s: ArchitectureScenario) =>
  s.tooling.signer.profiles.filter((p) => p.platformId === 'AWSLambda-SHA384-ECDSA');

export const SETTINGS: Setting[] = [
  {
    id: 'build.dependencySource',
    label: 'The build installs npm packages from',
    lane: 'build',
    kind: 'choice',
    traps: ['npm-in-s3'],
    options: () => [
      { value: 'codeartifact', label: 'CodeArtifact (npm registry endpoint)' },
      { value: 's3', label: 'Tarballs in an S3 bucket' },
    ],
    get: (s) => s.tooling.build.dependencySource,
    set: (s, v) => build(s, { dependencySource: v === 's3' ? 's3' : 'codeartifact' }),
  },
  {
    id: 'build.endpoints',
    label: 'VPC endpoints of the build subnet (no NAT)',
    lane: 'build',
    kind: 'set',
    traps: ['codeartifact-vpc-s3-endpoint'],
    options: endpointOptions,
    get: (s) => s.tooling.build.network.endpoints,
    set: (s, v) =>
      build(s, {
        network: {
          ...s.tooling.build.network,
          endpoints: ENDPOINTS.filter((e) => v.includes(e)),
        },
      }),
  },
  {
    id: 'build.privilegedMode',
    label: 'CodeBuild privileged mode',
    lane: 'build',
    kind: 'boolean',
    traps: ['docker-privileged-mode'],
    get: (s) => s.tooling.build.privilegedMode,
    set: (s, v) => build(s, { privilegedMode: v }),
  },
  {
    id: 'build.baseImage',
    label: 'The Dockerfile pulls its base image',
    lane: 'build',
    kind: 'choice',
    traps: ['pull-through-cache-first-pull'],
    options: (s) => [
      {
        value: 'cache',
        label: `Through the pull through cache (${registryHost(s)}/docker-hub/…)`,
      },
      { value: 'docker-hub', label: 'Straight from Docker Hub (docker.io/…)' },
    ],
    get: (s) => (s.tooling.build.baseImage.startsWith('docker.io/') ? 'docker-hub' : 'cache'),
    set: (s, v) => {
      const name = imageName(s.tooling.build.baseImage);
      return build(s, {
        baseImage:
          v === 'docker-hub' ? `docker.io/${name}` : `${registryHost(s)}/docker-hub/${name}`,
      });
    },
  },
  {
    id: 'build.rolePolicy',
    label: 'Build role identity policy',
    lane: 'build',
    kind: 'policy',
    policyKind: 'identity',
    traps: ['pull-through-cache-first-pull'],
    get: (s) => s.tooling.build.identityPolicies[0] ?? { Version: '2012-10-17', Statement: [] },
    set: (s, v) =>
      build(s, { identityPolicies: [v, ...s.tooling.build.identityPolicies.slice(1)] }),
  },
  {
    id: 'build.lambdaPackageType',
    label: 'The Lambda function ships as',
    lane: 'build',
    kind: 'choice',
    traps: ['lambda-package-paths-and-size'],
    options: () => [
      { value: 'Zip', label: '.zip package' },
      { value: 'Image', label: 'Container image' },
    ],
    get: (s) => s.tooling.build.lambdaPackage.type,
    set: (s, v) =>
      build(s, {
        lambdaPackage: { ...s.tooling.build.lambdaPackage, type: v === 'Image' ? 'Image' : 'Zip' },
      }),
  },
  {
    id: 'build.lambdaUnzippedMb',
    label: 'Lambda code size, unzipped, with its layers',
    lane: 'build',
    kind: 'number',
    min: 1,
    max: 10_240,
    unit: 'MB',
    traps: ['lambda-package-paths-and-size'],
    get: (s) => s.tooling.build.lambdaPackage.unzippedMb,
    set: (s, v) => build(s, { lambdaPackage: { ...s.tooling.build.lambdaPackage, unzippedMb: v } }),
  },
  {
    id: 'signer.profileName',
    label: 'Signing profile the build signs the .zip with',
    lane: 'build',
    kind: 'choice',
    traps: ['lambda-warn-vs-enforce', 'signer-revocation-published-versions'],
    options: (s) => [
      { value: '', label: 'None: the build does not sign' },
      ...lambdaProfiles(s).map((p) => ({
        value: p.profileName,
        label: `${p.profileName} (${p.status})`,
      })),
    ],
    get: (s) => s.tooling.signer.profileName,
    set: (s, v) => tooling(s, { signer: { ...s.tooling.signer, profileName: v } }),
  },
  {
    id: 'ecr.tagMutability',
    label: 'Tag mutability of the release repository',
    lane: 'registry',
    kind: 'choice',
    traps: ['mutable-tag-deploy'],
    options: () => [
      { value: 'MUTABLE', label: 'MUTABLE' },
      { value: 'IMMUTABLE', label: 'IMMUTABLE' },
    ],
    get: (s) => releaseRepo(s)?.imageTagMutability ?? 'MUTABLE',
    set: (s, v) => {
      const repo = releaseRepo(s);
      if (!repo) return s;
      return tooling(s, {
        registry: {
          ...s.tooling.registry,
          repositories: {
            ...s.tooling.registry.repositories,
            [s.release.repository]: {
              ...repo,
              imageTagMutability: v === 'IMMUTABLE' ? 'IMMUTABLE' : 'MUTABLE',
            },
          },
        },
      });
    },
  },
  {
    id: 'ecr.managedSigning',
    label: 'ECR managed signing of pushed images (Notation profile)',
    lane: 'registry',
    kind: 'boolean',
    traps: ['ecr-no-pull-time-signature-check'],
    get: (s) => (s.tooling.signing?.rules.length ?? 0) > 0,
    set: (s, v) => {
      const profile = notationProfile(s);
      return tooling(s, {
        signing:
          v && profile
            ? {
                rules: [
                  {
                    signingProfileArn: profile.arn,
                    repositoryFilters: [
                      { filter: s.release.repository, filterType: 'WILDCARD_MATCH' },
                    ],
                  },
                ],
              }
            : null,
      });
    },
  },
  {
    id: 'ecr.findingsRule',
    label: 'EventBridge rule that sends scan findings to the security topic',
    lane: 'registry',
    kind: 'boolean',
    traps: ['scan-findings-routing'],
    get: (s) => s.tooling.eventRules.some((r) => r.Name === FINDINGS_RULE.Name),
    set: (s, v) =>
      tooling(s, {
        eventRules: v
          ? [...s.tooling.eventRules.filter((r) => r.Name !== FINDINGS_RULE.Name), FINDINGS_RULE]
          : s.tooling.eventRules.filter((r) => r.Name !== FINDINGS_RULE.Name),
      }),
  },
  {
    id: 'ecr.replicateDeletes',
    label: 'Replication of deletes (lifecycle expirations reach the replicas)',
    lane: 'registry',
    kind: 'boolean',
    traps: ['lifecycle-per-region'],
    get: (s) => s.tooling.replication?.rules.some((r) => r.deleteReplication?.enabled) ?? false,
    set: (s, v) =>
      s.tooling.replication
        ? tooling(s, {
            replication: {
              rules: s.tooling.replication.rules.map((r) => ({
                ...r,
                deleteReplication: { enabled: v },
              })),
            },
          })
        : s,
  },
  {
    id: 'ecr.replicaLifecycle',
    label: 'Lifecycle policy on the replica repositories',
    lane: 'registry',
    kind: 'boolean',
    traps: ['lifecycle-per-region'],
    get: (s) =>
      s.replicaRegistries.some((r) => r.repositories[s.release.repository]?.lifecyclePolicy),
    set: (s, v) => ({
      ...s,
      replicaRegistries: s.replicaRegistries.map((r) => {
        const repo = r.repositories[s.release.repository];
        if (!repo) return r;
        const lifecyclePolicy = v ? (releaseRepo(s)?.lifecyclePolicy ?? null) : null;
        return {
          ...r,
          repositories: { ...r.repositories, [s.release.repository]: { ...repo, lifecyclePolicy } },
        };
      }),
    }),
  },
  {
    id: 'ecr.workloadRegistryPolicy',
    label: 'Registry permissions policy of the workload account',
    lane: 'workload',
    kind: 'policy',
    policyKind: 'resource',
    traps: ['ecr-replication-registry-policy'],
    get: (s) =>
      s.replicaRegistries.find((r) => r.registryId === workload(s).accountId)?.registryPolicy ?? {
        Version: '2012-10-17',
        Statement: [],
      },
    set: (s, v) => ({
      ...s,
      replicaRegistries: s.replicaRegistries.map((r) =>
        r.registryId === workload(s).accountId ? { ...r, registryPolicy: v } : r,
      ),
    }),
  },
  {
    id: 'bucket.defaultEncryption',
    label: 'Default encryption of the artifact bucket',
    lane: 'bucket',
    kind: 'choice',
    traps: ['sse-default-encryption', 'aws-managed-key-not-shareable'],
    options: () => [
      { value: 'SSE-S3', label: 'SSE-S3 (the default since January 2023)' },
      { value: 'aws/s3', label: 'SSE-KMS with the AWS managed key aws/s3' },
      { value: 'customer-key', label: 'SSE-KMS with the customer managed key' },
    ],
    get: (s) => s.tooling.bucket.defaultEncryption,
    set: (s, v) =>
      tooling(s, {
        bucket: {
          ...s.tooling.bucket,
          defaultEncryption: v === 'SSE-S3' || v === 'aws/s3' ? v : 'customer-key',
        },
      }),
  },
  {
    id: 'bucket.policy',
    label: 'Artifact bucket policy',
    lane: 'bucket',
    kind: 'policy',
    policyKind: 'resource',
    traps: ['sse-default-encryption'],
    get: (s) => s.tooling.bucket.bucketPolicy,
    set: (s, v) => tooling(s, { bucket: { ...s.tooling.bucket, bucketPolicy: v } }),
  },
  {
    id: 'pipeline.startCondition',
    label: 'Image Builder pipeline start condition',
    lane: 'pipeline',
    kind: 'choice',
    traps: ['image-builder-start-condition'],
    options: () => [
      {
        value: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
        label: 'Only when the parent image or a component has a newer version (default)',
      },
      { value: 'EXPRESSION_MATCH_ONLY', label: 'On every scheduled time' },
    ],
    get: (s) =>
      s.tooling.imageBuilder.pipeline.schedule?.pipelineExecutionStartCondition ??
      'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
    set: (s, v) => {
      const ib = s.tooling.imageBuilder;
      const schedule = ib.pipeline.schedule ?? { scheduleExpression: 'cron(0 8 ? * mon *)' };
      return tooling(s, {
        imageBuilder: {
          ...ib,
          pipeline: {
            ...ib.pipeline,
            schedule: {
              ...schedule,
              pipelineExecutionStartCondition:
                v === 'EXPRESSION_MATCH_ONLY'
                  ? 'EXPRESSION_MATCH_ONLY'
                  : 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
            },
          },
        },
      });
    },
  },
  {
    id: 'workload.deployRolePolicy',
    label: 'Deploy role identity policy (workload account)',
    lane: 'workload',
    kind: 'policy',
    policyKind: 'identity',
    traps: ['ecr-repo-policy-alone', 'ecr-token-iam-only'],
    get: (s) =>
      workload(s).deployRole.identityPolicies[0] ?? { Version: '2012-10-17', Statement: [] },
    set: (s, v) =>
      firstWorkload(s, (w) => ({
        ...w,
        deployRole: {
          ...w.deployRole,
          identityPolicies: [v, ...w.deployRole.identityPolicies.slice(1)],
        },
      })),
  },
  {
    id: 'workload.codeSigning',
    label: 'Lambda code signing policy for untrusted artifacts',
    lane: 'workload',
    kind: 'choice',
    traps: ['lambda-warn-vs-enforce'],
    options: () => [
      { value: 'none', label: 'No code signing configuration' },
      { value: 'Warn', label: 'Warn (deploy and log)' },
      { value: 'Enforce', label: 'Enforce (reject)' },
    ],
    get: (s) => {
      const config = workload(s).lambda.codeSigningConfig;
      // an absent policy is Warn (API_CodeSigningPolicies)
      return config
        ? (config.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? 'Warn')
        : 'none';
    },
    set: (s, v) =>
      firstWorkload(s, (w) => ({
        ...w,
        lambda: {
          ...w.lambda,
          codeSigningConfig:
            v === 'none'
              ? null
              : {
                  AllowedPublishers: w.lambda.codeSigningConfig?.AllowedPublishers ?? {
                    SigningProfileVersionArns: lambdaProfiles(s)
                      .slice(0, 1)
                      .map((p) => p.profileVersionArn),
                  },
                  CodeSigningPolicies: {
                    UntrustedArtifactOnDeployment: v === 'Enforce' ? 'Enforce' : 'Warn',
                  },
                },
        },
      })),
  },
  {
    id: 'workload.allowedPublishers',
    label: 'Allowed publishers of the Lambda code signing configuration',
    lane: 'workload',
    kind: 'set',
    traps: ['signer-revocation-published-versions'],
    options: (s) =>
      lambdaProfiles(s).map((p) => ({ value: p.profileVersionArn, label: p.profileName })),
    get: (s) =>
      workload(s).lambda.codeSigningConfig?.AllowedPublishers.SigningProfileVersionArns ?? [],
    set: (s, v) =>
      firstWorkload(s, (w) =>
        w.lambda.codeSigningConfig
          ? {
              ...w,
              lambda: {
                ...w.lambda,
                codeSigningConfig: {
                  ...w.lambda.codeSigningConfig,
                  AllowedPublishers: { SigningProfileVersionArns: v },
                },
              },
            }
          : w,
      ),
  },
  {
    id: 'workload.ecsImage',
    label: 'The ECS task definition names the image by',
    lane: 'workload',
    kind: 'choice',
    traps: ['mutable-tag-deploy'],
    options: (s) => [
      { value: 'version', label: `Its version tag (${s.release.repository}:${s.release.tag})` },
      { value: 'latest', label: `The latest tag (${s.release.repository}:latest)` },
      {
        value: 'digest',
        label: `The build's digest: ${IMAGE_PLACEHOLDER}, filled from imageDetail.json`,
      },
    ],
    get: (s) => {
      const image = workload(s).ecs.image;
      return image === IMAGE_PLACEHOLDER
        ? 'digest'
        : image.endsWith(':latest')
          ? 'latest'
          : 'version';
    },
    set: (s, v) =>
      firstWorkload(s, (w) => ({
        ...w,
        ecs: {
          ...w.ecs,
          image:
            v === 'digest'
              ? IMAGE_PLACEHOLDER
              : `${s.release.repository}:${v === 'latest' ? 'latest' : s.release.tag}`,
        },
      })),
  },
  {
    id: 'workload.ecsEndpoints',
    label: 'VPC endpoints of the ECS subnet (no NAT)',
    lane: 'workload',
    kind: 'set',
    traps: ['ecr-layers-need-s3-endpoint'],
    options: endpointOptions,
    get: (s) => workload(s).ecs.network.endpoints,
    set: (s, v) =>
      firstWorkload(s, (w) => ({
        ...w,
        ecs: {
          ...w.ecs,
          network: { ...w.ecs.network, endpoints: ENDPOINTS.filter((e) => v.includes(e)) },
        },
      })),
  },
  {
    id: 'workload.verifySignatures',
    label: 'ECS deployment verifies image signatures (Notation trust policy)',
    lane: 'workload',
    kind: 'boolean',
    traps: ['ecr-no-pull-time-signature-check'],
    get: (s) => Boolean(workload(s).ecs.verification),
    set: (s, v) => {
      const profile = notationProfile(s);
      return firstWorkload(s, (w) => ({
        ...w,
        ecs: {
          ...w.ecs,
          verification:
            v && profile
              ? {
                  version: '1.0',
                  trustPolicies: [
                    {
                      name: 'release-images',
                      registryScopes: [`${registryHost(s)}/${s.release.repository}`],
                      signatureVerification: { level: 'strict' },
                      trustStores: ['signingAuthority:aws-signer-ts'],
                      trustedIdentities: [profile.arn],
                    },
                  ],
                }
              : null,
        },
      }));
    },
  },
];

export const SETTING_IDS = SETTINGS.map((s) => s.id);
const byId = new Map(SETTINGS.map((s) => [s.id, s]));

export function findSetting(id: string): Setting | undefined {
  return byId.get(id);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value checked against the setting's kind and options; a PolicyError at `path` says what is
 * wrong. Policies must be documents the access engine reads.
 */
export function checkSettingValue(
  s: ArchitectureScenario,
  setting: Setting,
  value: unknown,
  path: string,
): SettingValue {
  switch (setting.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') throw new PolicyError(path, 'must be true or false');
      return value;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new PolicyError(path, 'must be a number');
      if (value < setting.min || value > setting.max)
        throw new PolicyError(path, `must be between ${setting.min} and ${setting.max}`);
      return value;
    case 'choice': {
      const allowed = setting.options(s).map((o) => o.value);
      if (typeof value !== 'string' || !allowed.includes(value))
        throw new PolicyError(path, `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
      return value;
    }
    case 'set': {
      const allowed = setting.options(s).map((o) => o.value);
      if (!Array.isArray(value)) throw new PolicyError(path, 'must be a list');
      value.forEach((v, i) => {
        if (typeof v !== 'string' || !allowed.includes(v))
          throw new PolicyError(`${path}[${i}]`, `must be one of ${allowed.join(', ')}`);
      });
      return value as string[];
    }
    case 'policy':
      if (!isObject(value)) throw new PolicyError(path, 'must be a policy document (an object)');
      normalizePolicy(value, { kind: setting.policyKind, path });
      return value as PolicyInput;
  }
}

/** Applies a checked value (the caller checked it with checkSettingValue). */
export function applySetting(
  s: ArchitectureScenario,
  setting: Setting,
  value: SettingValue,
): ArchitectureScenario {
  return (setting.set as (s: ArchitectureScenario, v: SettingValue) => ArchitectureScenario)(
    s,
    value,
  );
}

/** How a value reads in the event log. */
export function describeSettingValue(
  s: ArchitectureScenario,
  setting: Setting,
  value: SettingValue,
): string {
  switch (setting.kind) {
    case 'boolean':
      return value ? 'on' : 'off';
    case 'choice':
      return setting.options(s).find((o) => o.value === value)?.label ?? String(value);
    case 'set': {
      const labels = setting
        .options(s)
        .filter((o) => (value as string[]).includes(o.value))
        .map((o) => o.label);
      return labels.length ? labels.join(', ') : 'none';
    }
    case 'number':
      return `${String(value)} ${setting.unit}`;
    case 'policy':
      return 'edited';
  }
}
