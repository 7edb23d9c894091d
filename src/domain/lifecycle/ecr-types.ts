/**
 * Amazon ECR lifecycle policies: the policy as AWS writes it, the images a preview works on, and
 * the documented limits. Doc slugs refer to
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html.
 */
// ---------------------------------------------------------------------------------------------
// Types: the policy exactly as AWS writes it

export const ECR_TAG_STATUSES = ['tagged', 'untagged', 'any'] as const;
export const ECR_COUNT_TYPES = [
  'imageCountMoreThan',
  'sinceImagePushed',
  'sinceImagePulled',
  'sinceImageTransitioned',
] as const;
export const ECR_STORAGE_CLASSES = ['standard', 'archive'] as const;
export const ECR_ACTION_TYPES = ['expire', 'transition'] as const;

export type EcrTagStatus = (typeof ECR_TAG_STATUSES)[number];
export type EcrCountType = (typeof ECR_COUNT_TYPES)[number];
export type EcrStorageClass = (typeof ECR_STORAGE_CLASSES)[number];
export type EcrActionType = (typeof ECR_ACTION_TYPES)[number];

export interface EcrSelection {
  tagStatus: EcrTagStatus;
  tagPatternList?: string[];
  tagPrefixList?: string[];
  storageClass?: EcrStorageClass;
  countType: EcrCountType;
  countUnit?: 'days';
  countNumber: number;
}

export interface EcrAction {
  type: EcrActionType;
  targetStorageClass?: 'archive';
}

export interface EcrLifecycleRule {
  rulePriority: number;
  description?: string;
  selection: EcrSelection;
  action: EcrAction;
}

export interface EcrLifecyclePolicy {
  rules: EcrLifecycleRule[];
}

/** An image in the repository; null or absent timestamps mean "never". */
export interface EcrImage {
  digest: string;
  tags: string[];
  pushedAt: string;
  sizeBytes?: number;
  storageClass?: EcrStorageClass;
  lastPulledAt?: string | null;
  lastArchivedAt?: string | null;
  lastActivatedAt?: string | null;
}

export interface EcrImageAction {
  digest: string;
  rulePriority: number;
}

/** One line per image, for a UI that wants more than the trace text. */
export interface EcrImageDecision {
  digest: string;
  outcome: 'expired' | 'transitioned' | 'kept';
  /** The rule that acted on it, or the first rule whose selection matched it. */
  rulePriority?: number;
  reason: string;
}

export interface EcrPreviewResult {
  expired: EcrImageAction[];
  transitioned: EcrImageAction[];
  trace: string[];
  decisions?: EcrImageDecision[];
}

// ---------------------------------------------------------------------------------------------
// Documented limits

/** LifecyclePolicyText is 100–30,720 characters (CloudFormation / PutLifecyclePolicy; service-quotas). */
export const ECR_POLICY_MIN_LENGTH = 100;
export const ECR_POLICY_MAX_LENGTH = 30_720;
/** Rules per lifecycle policy: 50, not adjustable (service-quotas). */
export const ECR_MAX_RULES = 50;
/** At most four `*` per tag pattern (lifecycle_policy_parameters). */
export const ECR_MAX_WILDCARDS = 4;
/** Archived images stay at least 90 days; no rule may delete them sooner (archive-image). */
export const ECR_ARCHIVE_MINIMUM_DAYS = 90;
