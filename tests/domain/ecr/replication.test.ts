// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  creationTemplateFor,
  planReplicationBackfill,
  replicateImage,
  replicationDestinations,
} from '../../../src/domain/ecr';
import type { Registry, ReplicationConfiguration } from '../../../src/domain/ecr';

const source = { registryId: '111122223333', region: 'us-east-1' };
const toWest = (registryId = '111122223333'): ReplicationConfiguration => ({
  rules: [{ destinations: [{ region: 'us-west-2', registryId }] }],
});
const image = { imageDigest: 'sha256:new', imageTags: ['v2', 'latest'] };
const lifecycle =
  '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}';

describe('repositories ECR creates at a destination (ecr/replication, ecr/repository-creation-templates)', () => {
  it('has no lifecycle policy without a template: the lifecycle-per-region trap', () => {
    const r = replicateImage({
      source,
      configuration: toWest(),
      repositoryName: 'web',
      image,
      registries: [],
    });
    const repo = r.registries[0]?.repositories['web'];
    expect(repo).toMatchObject({
      lifecyclePolicy: null,
      imageTagMutability: 'MUTABLE',
      createdBy: 'REPLICATION',
    });
    expect(r.trace.join('\n')).toMatch(/no lifecycle policy/);
  });

  it('takes its settings from the matching template', () => {
    const dest: Registry = {
      registryId: '111122223333',
      region: 'us-west-2',
      repositories: {},
      repositoryCreationTemplates: [
        {
          prefix: 'ROOT',
          appliedFor: ['REPLICATION'],
          imageTagMutability: 'IMMUTABLE',
          lifecyclePolicy: lifecycle,
        },
        { prefix: 'web', appliedFor: ['PULL_THROUGH_CACHE'], imageTagMutability: 'MUTABLE' },
      ],
    };
    const r = replicateImage({
      source,
      configuration: toWest(),
      repositoryName: 'web/api',
      image,
      registries: [dest],
    });
    expect(r.destinations[0]).toMatchObject({
      status: 'COMPLETE',
      repositoryCreated: true,
      appliedTemplate: 'ROOT',
    });
    expect(r.registries[0]?.repositories['web/api']?.lifecyclePolicy).toBe(lifecycle);
  });

  it('prefers the longest matching prefix, and a prefix matches whole path segments', () => {
    const templates = [
      { prefix: 'prod', appliedFor: ['REPLICATION' as const] },
      { prefix: 'prod/team', appliedFor: ['REPLICATION' as const] },
    ];
    expect(creationTemplateFor(templates, 'prod/team/api', 'REPLICATION').template?.prefix).toBe(
      'prod/team',
    );
    expect(creationTemplateFor(templates, 'prod/web', 'REPLICATION').template?.prefix).toBe('prod');
    expect(creationTemplateFor(templates, 'production', 'REPLICATION').template).toBeNull();
  });

  it('leaves an immutable tag off when another image already holds it', () => {
    const dest: Registry = {
      registryId: '111122223333',
      region: 'us-west-2',
      repositories: {
        web: {
          imageTagMutability: 'IMMUTABLE',
          encryptionConfiguration: { encryptionType: 'AES256' },
          lifecyclePolicy: null,
          repositoryPolicy: null,
          createdBy: 'user',
          appliedTemplate: null,
          images: [{ imageDigest: 'sha256:old', imageTags: ['latest'] }],
        },
      },
    };
    const r = replicateImage({
      source,
      configuration: toWest(),
      repositoryName: 'web',
      image,
      registries: [dest],
    });
    expect(r.destinations[0]).toMatchObject({ status: 'COMPLETE', imageTags: ['v2'] });
  });

  it('moves a mutable tag to the replicated image', () => {
    const first = replicateImage({
      source,
      configuration: toWest(),
      repositoryName: 'web',
      image: { imageDigest: 'sha256:old', imageTags: ['latest'] },
      registries: [],
    });
    const second = replicateImage({
      source,
      configuration: toWest(),
      repositoryName: 'web',
      image,
      registries: first.registries,
    });
    expect(second.registries[0]?.repositories['web']?.images).toEqual([
      { imageDigest: 'sha256:old', imageTags: [] },
      { imageDigest: 'sha256:new', imageTags: ['v2', 'latest'] },
    ]);
  });
});

describe('what replication refuses (ecr/replication, ecr/registry-permissions)', () => {
  it('does not cross a partition', () => {
    const r = replicateImage({
      source,
      configuration: {
        rules: [{ destinations: [{ region: 'cn-north-1', registryId: '111122223333' }] }],
      },
      repositoryName: 'web',
      image,
      registries: [],
    });
    expect(r.destinations[0]).toMatchObject({ status: 'FAILED' });
    expect(r.destinations[0]?.reason).toMatch(/partition/);
  });

  it('honours an explicit deny in the destination registry policy', () => {
    const dest: Registry = {
      registryId: '444455556666',
      region: 'us-west-2',
      repositories: {},
      registryPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111122223333:root' },
            Action: ['ecr:ReplicateImage', 'ecr:CreateRepository'],
            Resource: '*',
          },
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 'ecr:ReplicateImage',
            Resource: 'arn:aws:ecr:us-west-2:444455556666:repository/web',
          },
        ],
      },
    };
    const r = replicateImage({
      source,
      configuration: toWest('444455556666'),
      repositoryName: 'web',
      image,
      registries: [dest],
    });
    expect(r.destinations[0]?.reason).toMatch(/denies ecr:ReplicateImage/);
  });

  it('replicates an existing repository cross-account with ecr:ReplicateImage alone', () => {
    const dest: Registry = {
      registryId: '444455556666',
      region: 'us-west-2',
      registryPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: '111122223333' },
            Action: 'ecr:ReplicateImage',
            Resource: '*',
          },
        ],
      },
      repositories: {
        web: {
          imageTagMutability: 'MUTABLE',
          encryptionConfiguration: { encryptionType: 'AES256' },
          lifecyclePolicy: null,
          repositoryPolicy: null,
          createdBy: 'user',
          appliedTemplate: null,
          images: [],
        },
      },
    };
    const r = replicateImage({
      source,
      configuration: toWest('444455556666'),
      repositoryName: 'web',
      image,
      registries: [dest],
    });
    expect(r.destinations[0]).toMatchObject({ status: 'COMPLETE', repositoryCreated: false });
  });
});

describe('destinations and backfill', () => {
  const config: ReplicationConfiguration = {
    rules: [
      {
        destinations: [{ region: 'us-west-2', registryId: '111122223333' }],
        repositoryFilters: [{ filter: 'prod', filterType: 'PREFIX_MATCH' }],
      },
      {
        destinations: [
          { region: 'us-west-2', registryId: '111122223333' },
          { region: 'eu-west-1', registryId: '111122223333' },
        ],
      },
    ],
  };

  it('lists each destination once across rules', () => {
    expect(replicationDestinations(config, 'prod-api').destinations).toEqual([
      { region: 'us-west-2', registryId: '111122223333' },
      { region: 'eu-west-1', registryId: '111122223333' },
    ]);
  });

  it('backfills only the images the current rules send to that one destination (ecr/replication-backfill)', () => {
    const only: ReplicationConfiguration = { rules: [config.rules[0]!] };
    const r = planReplicationBackfill({
      source,
      configuration: only,
      destination: { region: 'us-west-2', registryId: '111122223333' },
      images: [
        { repositoryName: 'prod-api', imageDigest: 'sha256:1' },
        { repositoryName: 'dev-api', imageDigest: 'sha256:2' },
      ],
    });
    expect(r.images).toEqual([{ repositoryName: 'prod-api', imageDigest: 'sha256:1' }]);
  });

  it('refuses more than 25 unique destinations', () => {
    const many: ReplicationConfiguration = {
      rules: [
        {
          destinations: Array.from({ length: 26 }, (_, i) => ({
            region: 'us-west-2',
            registryId: String(100000000000 + i),
          })),
        },
      ],
    };
    expect(() => replicationDestinations(many, 'web')).toThrow(
      /configuration\.rules\[0\]\.destinations/,
    );
  });
});
