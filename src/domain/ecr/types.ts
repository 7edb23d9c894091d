/**
 * Amazon ECR registry settings as the simulator models them: scanning, replication, repository
 * creation templates and managed signing, with the field names of the ECR API
 * (PutRegistryScanningConfiguration, PutReplicationConfiguration, CreateRepositoryCreationTemplate,
 * PutSigningConfiguration), plus EventBridge rules for routing scan findings.
 */
import type { PolicyInput } from '../access';
import type { Signature } from '../signer';

// ---------------------------------------------------------------------------------------------
// Scanning

export type ScanType = 'BASIC' | 'ENHANCED';
export type ScanFrequency = 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN' | 'MANUAL';

export interface ScanningRepositoryFilter {
  filter: string;
  filterType: 'WILDCARD';
}

export interface RegistryScanningRule {
  scanFrequency: 'SCAN_ON_PUSH' | 'CONTINUOUS_SCAN';
  repositoryFilters: ScanningRepositoryFilter[];
}

export interface RegistryScanningConfiguration {
  scanType: ScanType;
  rules: RegistryScanningRule[];
}

export type Severity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'UNDEFINED';

/** A vulnerability the scanner would find in an image (the scenario says which). */
export interface Vulnerability {
  name: string;
  severity: Severity;
  packageName?: string;
}

/** An image as it is pushed. */
export interface PushedImage {
  repositoryName: string;
  imageDigest: string;
  imageTags: string[];
  vulnerabilities?: Vulnerability[];
}

/** Where the registry is, and whether Security Hub is on in that account and Region. */
export interface RegistryContext {
  accountId: string;
  region: string;
  securityHubEnabled?: boolean;
}

/** An event as EventBridge delivers it (eb-events-structure). */
export interface AwsEvent {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

/** Who scans a repository, and how often. */
export interface RepositoryScanSetting {
  scanType: ScanType;
  /** For enhanced scanning, null = the repository is not scanned at all. */
  scanFrequency: ScanFrequency | null;
  /** The filter that matched, when one did. */
  matchedFilter: string | null;
  trace: string[];
}

export interface PushScanResult {
  scanned: boolean;
  scanFrequency: ScanFrequency | null;
  scanner: 'Amazon ECR basic scanning' | 'Amazon Inspector' | null;
  /** Events the push causes, in the order they are sent. */
  events: AwsEvent[];
  /** Where the findings can be seen without any routing. */
  findingsIn: string[];
  /** Always false: a scan result never gates a pull or a deployment by itself. */
  blocksPull: false;
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// EventBridge

export interface EventBridgeTarget {
  Id: string;
  Arn: string;
}

export interface EventBridgeRule {
  Name: string;
  /** A JSON event pattern (eb-event-patterns), as an object. */
  EventPattern: Record<string, unknown>;
  State?: 'ENABLED' | 'DISABLED';
  Targets: EventBridgeTarget[];
}

export interface EventDelivery {
  /** Index of the event in the input list. */
  event: number;
  rule: string;
  targets: string[];
}

export interface RoutingResult {
  deliveries: EventDelivery[];
  /** Indexes of events that reached no target: nobody hears about them. */
  unrouted: number[];
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Replication

export interface ReplicationDestination {
  region: string;
  registryId: string;
}

export interface ReplicationRepositoryFilter {
  filter: string;
  filterType: 'PREFIX_MATCH';
}

export interface ReplicationRule {
  destinations: ReplicationDestination[];
  /** Absent or empty: every repository is replicated. */
  repositoryFilters?: ReplicationRepositoryFilter[];
  /** Replication of deletes; off when absent (replication-delete). */
  deleteReplication?: { enabled: boolean };
}

export interface ReplicationConfiguration {
  rules: ReplicationRule[];
}

export type ImageTagMutability =
  'MUTABLE' | 'IMMUTABLE' | 'IMMUTABLE_WITH_EXCLUSION' | 'MUTABLE_WITH_EXCLUSION';

export interface EncryptionConfiguration {
  encryptionType: 'AES256' | 'KMS' | 'KMS_DSSE';
  kmsKey?: string;
}

export type RepositoryCreationScenario = 'REPLICATION' | 'PULL_THROUGH_CACHE' | 'CREATE_ON_PUSH';

export interface RepositoryCreationTemplate {
  /** A namespace prefix (an assumed trailing "/"), or ROOT for every other repository. */
  prefix: string;
  appliedFor: RepositoryCreationScenario[];
  description?: string;
  imageTagMutability?: ImageTagMutability;
  encryptionConfiguration?: EncryptionConfiguration;
  /** Lifecycle policy text. */
  lifecyclePolicy?: string;
  /** Repository policy text. */
  repositoryPolicy?: string;
  resourceTags?: { Key: string; Value: string }[];
}

export interface StoredImage {
  imageDigest: string;
  imageTags: string[];
  /** When it was pushed (or replicated here): what lifecycle rules count from. */
  pushedAt?: string;
}

export interface Repository {
  imageTagMutability: ImageTagMutability;
  encryptionConfiguration: EncryptionConfiguration;
  /** null = no lifecycle policy: images accumulate. */
  lifecyclePolicy: string | null;
  repositoryPolicy: string | null;
  /** How the repository came to exist. */
  createdBy: 'user' | RepositoryCreationScenario;
  /** The creation template applied when ECR created it, if any. */
  appliedTemplate: string | null;
  images: StoredImage[];
}

/** One private registry in one Region: what replication reads and writes at a destination. */
export interface Registry {
  registryId: string;
  region: string;
  /** The registry permissions policy; what cross-account replication needs. */
  registryPolicy?: PolicyInput;
  repositoryCreationTemplates?: RepositoryCreationTemplate[];
  repositories: Record<string, Repository>;
}

export type ReplicationStatus = 'COMPLETE' | 'FAILED';

export interface DestinationOutcome {
  region: string;
  registryId: string;
  status: ReplicationStatus;
  reason: string;
  repositoryCreated: boolean;
  appliedTemplate: string | null;
  /** Tags the replicated image carries at the destination. */
  imageTags: string[];
}

export interface ReplicationResult {
  destinations: DestinationOutcome[];
  /** The registries afterwards (the input ones, updated; never mutated). */
  registries: Registry[];
  trace: string[];
}

/** A deletion in the source registry that replication of deletes may carry. */
export type SourceDeletion =
  | { type: 'image-deleted'; imageDigest: string }
  | { type: 'tag-removed'; imageDigest: string; imageTag: string }
  | { type: 'lifecycle-expired'; imageDigest: string };

export interface DeletionReplicationResult {
  /** Destinations the deletion reached. */
  replicatedTo: ReplicationDestination[];
  registries: Registry[];
  trace: string[];
}

export interface BackfillResult {
  /** The images a replication backfill to this destination would copy. */
  images: { repositoryName: string; imageDigest: string }[];
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Managed signing

export interface SigningRepositoryFilter {
  filter: string;
  filterType: 'WILDCARD_MATCH';
}

export interface SigningRule {
  signingProfileArn: string;
  repositoryFilters?: SigningRepositoryFilter[];
}

export interface SigningConfiguration {
  rules: SigningRule[];
}

/** API_ImageSigningStatus. */
export interface ImageSigningStatus {
  signingProfileArn: string;
  status: 'IN_PROGRESS' | 'COMPLETE' | 'FAILED';
  failureCode?: string;
  failureReason?: string;
}

export interface ManagedSigningResult {
  signingStatuses: ImageSigningStatus[];
  signatures: Signature[];
  trace: string[];
}

export interface PullResult {
  /** ECR serves the image whatever its scan findings or signatures (permissions aside). */
  served: true;
  trace: string[];
}
