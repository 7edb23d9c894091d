/**
 * One replication destination: whether the destination registry lets the source account in,
 * the repository ECR creates there if needed, and the image as it lands.
 */
import { evaluateAccess } from '../access';
import { creationTemplateFor, createdRepository } from './templates';
import { repositoryArn } from './rules';
import type { Registry, Repository, StoredImage } from './types';

const REPLICATION_ACTIONS = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['ecr:CreateRepository', 'ecr:ReplicateImage'], Resource: '*' },
  ],
};

/**
 * Whether the destination registry's permissions policy allows the source account `action` on
 * the repository, evaluated by the access engine with the source's replication role as caller
 * (ecr/registry-permissions). Returns null when allowed, else the reason.
 */
export function registryRefusal(
  action: 'ecr:ReplicateImage' | 'ecr:CreateRepository',
  sourceAccount: string,
  destination: Registry,
  repositoryName: string,
): string | null {
  const result = evaluateAccess({
    principal: {
      arn: `arn:aws:iam::${sourceAccount}:role/aws-service-role/replication.ecr.amazonaws.com/AWSServiceRoleForECRReplication`,
      identityPolicies: [REPLICATION_ACTIONS],
    },
    request: {
      action,
      resource: repositoryArn(destination.region, destination.registryId, repositoryName),
      resourceAccount: destination.registryId,
    },
    ...(destination.registryPolicy === undefined
      ? {}
      : { resourcePolicy: destination.registryPolicy }),
  });
  if (result.decision === 'Allow') return null;
  const decisive = result.trace
    .filter((s) => s.outcome === 'decides' || s.outcome === 'deny')
    .at(-1);
  return decisive?.reason ?? `${action} is not allowed`;
}

/** The image stored in a repository: immutable tags already on another image are left off. */
export function storeImage(
  repository: Repository,
  image: StoredImage,
): { repository: Repository; tags: string[]; dropped: string[] } {
  const immutable = repository.imageTagMutability.startsWith('IMMUTABLE');
  const taken = new Set(
    repository.images
      .filter((i) => i.imageDigest !== image.imageDigest)
      .flatMap((i) => i.imageTags),
  );
  // an immutable tag already used by another image is not replicated (ecr/replication)
  const dropped = immutable ? image.imageTags.filter((t) => taken.has(t)) : [];
  const tags = image.imageTags.filter((t) => !dropped.includes(t));
  const existing = repository.images.find((i) => i.imageDigest === image.imageDigest);
  // a mutable tag moves to the new image (ecr/image-tag-mutability)
  const others = repository.images
    .filter((i) => i.imageDigest !== image.imageDigest)
    .map((i) =>
      immutable ? i : { ...i, imageTags: i.imageTags.filter((t) => !tags.includes(t)) },
    );
  const pushedAt = existing?.pushedAt ?? image.pushedAt;
  const merged = {
    imageDigest: image.imageDigest,
    imageTags: [...new Set([...(existing?.imageTags ?? []), ...tags])],
    ...(pushedAt ? { pushedAt } : {}),
  };
  return { repository: { ...repository, images: [...others, merged] }, tags, dropped };
}

/** The repository to replicate into: existing, or created now from a template or the defaults. */
export function destinationRepository(
  registry: Registry,
  repositoryName: string,
): { repository: Repository; created: boolean; trace: string[] } {
  const existing = registry.repositories[repositoryName];
  if (existing !== undefined) return { repository: existing, created: false, trace: [] };
  const { template, trace } = creationTemplateFor(
    registry.repositoryCreationTemplates ?? [],
    repositoryName,
    'REPLICATION',
  );
  const repository = createdRepository(template, 'REPLICATION');
  trace.push(
    template === null
      ? `ECR creates ${repositoryName} in ${registry.registryId}/${registry.region} with default settings: mutable tags, AES256, and no lifecycle policy — lifecycle policies belong to one repository in one Region and account, so this copy keeps every image until it gets its own (ecr/replication)`
      : `ECR creates ${repositoryName} in ${registry.registryId}/${registry.region} from template "${template.prefix}": tags ${repository.imageTagMutability}, encryption ${repository.encryptionConfiguration.encryptionType}, ${repository.lifecyclePolicy === null ? 'no lifecycle policy' : "the template's lifecycle policy"} (ecr/repository-creation-templates)`,
  );
  return { repository, created: true, trace };
}
