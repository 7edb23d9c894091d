/**
 * The Amazon ECR registry engine: image scanning and where its findings go, EventBridge routing,
 * registry replication, repository creation templates, managed signing and pulls. Pure and
 * deterministic; every rule cites its page by a tag from DOC_PAGES (rules.ts).
 *
 * What it decides, as the docs say:
 * - no scanning configuration means basic scanning with manual scans; basic scanning (AWS native
 *   since Clair's retirement on 2 February 2026) scans on push where a filter matches, else
 *   manual; enhanced scanning (Amazon Inspector) scans continuously or on push where a filter
 *   matches, continuous winning over scan on push, and not at all elsewhere
 *   (ecr/image-scanning-filters, ecr/doc-history);
 * - a filter without `*` matches names containing it; with `*`, the whole name (the docs' table);
 * - basic scans send "ECR Image Scan"; Inspector sends "Inspector2 Scan" and "Inspector2 Finding",
 *   and feeds Security Hub where it is enabled; no scan ever blocks a pull or a deployment, and an
 *   event no enabled rule matches reaches nobody (ecr/image-scanning-enhanced-events, eb-event-patterns);
 * - replication copies each push once to every destination of every rule whose prefix filters
 *   match; cross-account destinations need their registry permissions policy to allow the source
 *   (ecr:ReplicateImage, and ecr:CreateRepository when the repository must be created, evaluated
 *   by the access engine); ECR creates missing repositories from a creation template or with
 *   defaults and no lifecycle policy; deletions replicate only where a rule enables it;
 *   backfill copies existing images to one destination (ecr/replication, -delete, -backfill);
 * - managed signing signs each push with every profile a rule selects, as the pusher; ECR never
 *   verifies signatures on pull (ecr/managed-signing, ecr/image-signing).
 *
 * Where the docs are silent, the engine decides, and says so:
 * - the longest matching creation-template prefix wins over shorter ones and ROOT;
 * - a destination equal to the source registry and Region is refused;
 * - replication of deletes needs no permission beyond what replication already has.
 */
export { repositoryScanSetting, scanOnPush, startImageScan } from './scanning';
export { matchesEventPattern, routeEvents } from './events';
export {
  planReplicationBackfill,
  replicateDeletion,
  replicateImage,
  replicationDestinations,
} from './replication';
export { creationTemplateFor, createdRepository } from './templates';
export { managedSigningOnPush, pullImage } from './signing';
export { prefixFilterMatches, scanningFilterMatches, signingFilterMatches } from './filters';
export {
  eventBridgeRuleSchema,
  parseEventBridgeRule,
  parsePushedImage,
  parseRegistry,
  parseRegistryContext,
  parseReplicationConfiguration,
  parseScanningConfiguration,
  parseSigningConfiguration,
  parseSource,
  parseSourceDeletion,
  parseStoredImage,
  pushedImageSchema,
  registryContextSchema,
  registrySchema,
  replicationConfigurationSchema,
  scanningConfigurationSchema,
  signingConfigurationSchema,
  sourceDeletionSchema,
  sourceSchema,
  storedImageSchema,
  validateEventPattern,
} from './schema';
export {
  DOC_PAGES,
  MAX_REPLICATION_DESTINATIONS,
  MAX_REPLICATION_RULES,
  MAX_SIGNING_RULES,
  repositoryArn,
} from './rules';
export type * from './types';
