/**
 * API SKETCH (first commit): types and signatures are final; bodies follow in the next commits.
 *
 * The Amazon ECR registry engine: image scanning (basic / enhanced, scan on push / continuous),
 * where findings go and whether an EventBridge rule hears them, registry replication
 * (cross-Region, cross-account, filters, creation templates, replication of deletes, backfill),
 * managed signing on push, and what a pull does (nothing gates it but permissions).
 *
 * Doc pages (trace tags in brackets; https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html):
 *   [ecr/image-scanning], [ecr/image-scanning-filters], [ecr/image-scanning-basic],
 *   [ecr/image-scanning-enhanced], [ecr/image-scanning-enhanced-events], [ecr/ecr-eventbridge],
 *   [ecr/replication], [ecr/registry-permissions], [ecr/replication-delete],
 *   [ecr/replication-backfill], [ecr/repository-creation-templates], [ecr/managed-signing],
 *   [ecr/image-signing]; [eventbridge/eb-event-patterns]
 *   https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
import type { SigningProfile } from '../signer';
import type {
  AwsEvent,
  BackfillResult,
  DeletionReplicationResult,
  EventBridgeRule,
  ManagedSigningResult,
  PullResult,
  PushScanResult,
  PushedImage,
  Registry,
  RegistryContext,
  RegistryScanningConfiguration,
  ReplicationConfiguration,
  ReplicationDestination,
  ReplicationResult,
  RepositoryCreationScenario,
  RepositoryCreationTemplate,
  RepositoryScanSetting,
  SigningConfiguration,
  SourceDeletion,
  StoredImage,
} from './types';

export type * from './types';

const SKETCH = 'API sketch: not implemented yet';

/** How a repository is scanned under the registry's configuration (null = none set: BASIC, MANUAL). */
export function repositoryScanSetting(
  _configuration: RegistryScanningConfiguration | null,
  _repositoryName: string,
): RepositoryScanSetting {
  throw new Error(SKETCH);
}

/** A push: scanned or not, by whom, the events it sends, where findings show. Never blocks. */
export function scanOnPush(
  _configuration: RegistryScanningConfiguration | null,
  _image: PushedImage,
  _context: RegistryContext,
  _now: string,
): PushScanResult {
  throw new Error(SKETCH);
}

/** Whether an EventBridge event pattern matches an event [eventbridge/eb-event-patterns]. */
export function matchesEventPattern(_pattern: Record<string, unknown>, _event: AwsEvent): boolean {
  throw new Error(SKETCH);
}

/** Which rules and targets each event reaches; events no enabled rule matches reach nobody. */
export function routeEvents(
  _rules: EventBridgeRule[],
  _events: AwsEvent[],
): {
  deliveries: { event: number; rule: string; targets: string[] }[];
  unrouted: number[];
  trace: string[];
} {
  throw new Error(SKETCH);
}

/** The destinations a push to this repository replicates to (deduplicated across rules). */
export function replicationDestinations(
  _configuration: ReplicationConfiguration | null,
  _repositoryName: string,
): { destinations: ReplicationDestination[]; trace: string[] } {
  throw new Error(SKETCH);
}

/** One push replicated to every destination: permissions, repository creation, templates, tags. */
export function replicateImage(_input: {
  source: { registryId: string; region: string };
  configuration: ReplicationConfiguration | null;
  repositoryName: string;
  image: StoredImage;
  /** 'replication' = the image arrived by replication itself: it is not replicated again. */
  origin?: 'push' | 'replication';
  registries: Registry[];
}): ReplicationResult {
  throw new Error(SKETCH);
}

/** A deletion in the source: carried only by rules with replication of deletes enabled. */
export function replicateDeletion(_input: {
  source: { registryId: string; region: string };
  configuration: ReplicationConfiguration | null;
  repositoryName: string;
  deletion: SourceDeletion;
  registries: Registry[];
}): DeletionReplicationResult {
  throw new Error(SKETCH);
}

/** Replication backfill to one destination: the existing images the current rules select. */
export function planReplicationBackfill(_input: {
  source: { registryId: string; region: string };
  configuration: ReplicationConfiguration | null;
  destination: ReplicationDestination;
  images: { repositoryName: string; imageDigest: string }[];
}): BackfillResult {
  throw new Error(SKETCH);
}

/** The repository creation template ECR applies when it creates this repository, if any. */
export function creationTemplateFor(
  _templates: RepositoryCreationTemplate[],
  _repositoryName: string,
  _scenario: RepositoryCreationScenario,
): { template: RepositoryCreationTemplate | null; trace: string[] } {
  throw new Error(SKETCH);
}

/** ECR managed signing: the signing jobs a push starts under the registry's signing configuration. */
export function managedSigningOnPush(_input: {
  configuration: SigningConfiguration | null;
  repositoryName: string;
  imageDigest: string;
  profiles: SigningProfile[];
  /** Whether the pushing principal may sign with the profiles (signer:SignPayload). */
  pusherCanSign: boolean;
  now: string;
}): ManagedSigningResult {
  throw new Error(SKETCH);
}

/** A pull: ECR checks permissions only, never scan findings or signatures. */
export function pullImage(_input: {
  repositoryName: string;
  imageDigest: string;
  findingSeverityCounts?: Record<string, number>;
  signed: boolean;
}): PullResult {
  throw new Error(SKETCH);
}

/** Parsers: zod/mini schemas, throwing PolicyError at the JSON path of the first problem. */
export function parseScanningConfiguration(
  _value: unknown,
  _at?: string,
): RegistryScanningConfiguration {
  throw new Error(SKETCH);
}
export function parseReplicationConfiguration(
  _value: unknown,
  _at?: string,
): ReplicationConfiguration {
  throw new Error(SKETCH);
}
export function parseSigningConfiguration(_value: unknown, _at?: string): SigningConfiguration {
  throw new Error(SKETCH);
}
export function parseEventBridgeRule(_value: unknown, _at?: string): EventBridgeRule {
  throw new Error(SKETCH);
}
export function parseRegistry(_value: unknown, _at?: string): Registry {
  throw new Error(SKETCH);
}
export function parsePushedImage(_value: unknown, _at?: string): PushedImage {
  throw new Error(SKETCH);
}
