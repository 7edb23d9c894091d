const ECR = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/';
const ECR_API = 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/';

/** Where every tag cited in this engine's comments and traces lives. */
export const DOC_PAGES: Readonly<Record<string, string>> = {
  'ecr/image-scanning': `${ECR}image-scanning.html`,
  'ecr/image-scanning-filters': `${ECR}image-scanning-filters.html`,
  'ecr/image-scanning-basic': `${ECR}image-scanning-basic.html`,
  'ecr/manual-scan': `${ECR}manual-scan.html`,
  'ecr/image-scanning-enhanced': `${ECR}image-scanning-enhanced.html`,
  'ecr/image-scanning-enhanced-events': `${ECR}image-scanning-enhanced-events.html`,
  'ecr/ecr-eventbridge': `${ECR}ecr-eventbridge.html`,
  'ecr/doc-history': `${ECR}doc-history.html`,
  'ecr/replication': `${ECR}replication.html`,
  'ecr/registry-permissions': `${ECR}registry-permissions.html`,
  'ecr/replication-delete': `${ECR}replication-delete.html`,
  'ecr/replication-backfill': `${ECR}replication-backfill.html`,
  'ecr/repository-creation-templates': `${ECR}repository-creation-templates.html`,
  'ecr/image-tag-mutability': `${ECR}image-tag-mutability.html`,
  'ecr/pull-through-cache': `${ECR}pull-through-cache.html`,
  'ecr/managed-signing': `${ECR}managed-signing.html`,
  'ecr/image-signing': `${ECR}image-signing.html`,
  'ecr/images': `${ECR}images.html`,
  'ecr/API_SigningRepositoryFilter': `${ECR_API}API_SigningRepositoryFilter.html`,
  'ecr/API_ScanningRepositoryFilter': `${ECR_API}API_ScanningRepositoryFilter.html`,
  'ecr/API_CreateRepositoryCreationTemplate': `${ECR_API}API_CreateRepositoryCreationTemplate.html`,
  'eventbridge/eb-event-patterns':
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html',
  'eventbridge/eb-rules': 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rules.html',
  'eventbridge/eb-create-pattern-operators':
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html',
  'securityhub/inspector':
    'https://docs.aws.amazon.com/inspector/latest/user/securityhub-integration.html',
};

// up to 25 unique destinations across at most 10 rules, 100 filters each (ecr/replication)
export const MAX_REPLICATION_RULES = 10;
export const MAX_REPLICATION_DESTINATIONS = 25;
export const MAX_FILTERS_PER_RULE = 100;

// a signing configuration has at most 10 rules (ecr/managed-signing, API_SigningConfiguration)
export const MAX_SIGNING_RULES = 10;

// scanning filters: lower-case letters, digits, . _ - / and * (ecr/API_ScanningRepositoryFilter)
export const SCANNING_FILTER = /^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$/;

// signing filters (ecr/API_SigningRepositoryFilter)
export const SIGNING_FILTER =
  /^(?:[a-z0-9*]+(?:[._-][a-z0-9*]+)*\/)*[a-z0-9*]+(?:[._-][a-z0-9*]+)*$/;

// repository names (API_CreateRepository): lower-case path segments
export const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export const ACCOUNT_ID = /^\d{12}$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** The partition a Region belongs to: replication never crosses one (ecr/replication). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function repositoryArn(region: string, registryId: string, name: string): string {
  return `arn:${partitionOf(region)}:ecr:${region}:${registryId}:repository/${name}`;
}
