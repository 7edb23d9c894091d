/** The tooling account's registry, artifact bucket and Image Builder pipeline. */
import {
  tooling,
  workload,
  releaseRepo,
  releaseRepoEdit,
  FINDINGS_RULE,
  notationProfile,
} from './scenario-edits';
import type { Setting } from './setting-types';

export const REGISTRY_SETTINGS: Setting[] = [
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
    set: (s, v) =>
      releaseRepoEdit(s, { imageTagMutability: v === 'IMMUTABLE' ? 'IMMUTABLE' : 'MUTABLE' }),
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
];
