/**
 * zod/mini schemas for the registry settings and scenario shapes of the ECR engine; parse*
 * functions throw PolicyError at the JSON path of the first problem. AWS documents are strict
 * objects, so a misspelt field is reported rather than ignored.
 */
import * as z from 'zod/mini';
import { normalizePolicy } from '../access';
import { joinPath, PolicyError } from '../errors';
import { parseOrThrow, schemaParser } from '../parseOrThrow';
import {
  ACCOUNT_ID,
  MAX_FILTERS_PER_RULE,
  MAX_REPLICATION_DESTINATIONS,
  MAX_REPLICATION_RULES,
  MAX_SIGNING_RULES,
  REGION,
  REPOSITORY_NAME,
  SCANNING_FILTER,
  SIGNING_FILTER,
} from './rules';
import type {
  EventBridgeRule,
  PushedImage,
  Registry,
  RegistryContext,
  RegistryScanningConfiguration,
  ReplicationConfiguration,
  SigningConfiguration,
  SourceDeletion,
  StoredImage,
} from './types';

const pattern = (re: RegExp, what: string) => z.string().check(z.regex(re, { error: what }));
const accountId = pattern(ACCOUNT_ID, 'a 12-digit account ID');
const region = pattern(REGION, 'a Region such as us-east-1');
const repositoryName = z
  .string()
  .check(
    z.minLength(2),
    z.maxLength(256),
    z.regex(REPOSITORY_NAME, { error: 'lower-case letters, digits, and . _ - / between them' }),
  );
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const scanningConfigurationSchema = z.strictObject({
  scanType: z.enum(['BASIC', 'ENHANCED']),
  rules: z.array(
    z.strictObject({
      scanFrequency: z.enum(['SCAN_ON_PUSH', 'CONTINUOUS_SCAN']),
      repositoryFilters: z
        .array(
          z.strictObject({
            filter: z
              .string()
              .check(
                z.maxLength(255),
                z.regex(SCANNING_FILTER, { error: 'lower-case letters, digits, . _ - / and *' }),
              ),
            filterType: z.literal('WILDCARD'),
          }),
        )
        .check(z.maxLength(MAX_FILTERS_PER_RULE)),
    }),
  ),
});

export const replicationConfigurationSchema = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        destinations: z
          .array(z.strictObject({ region, registryId: accountId }))
          .check(z.maxLength(MAX_REPLICATION_DESTINATIONS)),
        repositoryFilters: z.optional(
          z
            .array(
              z.strictObject({
                filter: z.string().check(z.minLength(2), z.maxLength(256)),
                filterType: z.literal('PREFIX_MATCH'),
              }),
            )
            .check(z.minLength(1), z.maxLength(MAX_FILTERS_PER_RULE)),
        ),
        deleteReplication: z.optional(z.strictObject({ enabled: z.boolean() })),
      }),
    )
    .check(z.maxLength(MAX_REPLICATION_RULES)),
});

export const signingConfigurationSchema = z.strictObject({
  rules: z
    .array(
      z.strictObject({
        signingProfileArn: pattern(
          /^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,}$/,
          'a signing profile ARN (not a version ARN)',
        ),
        repositoryFilters: z.optional(
          z
            .array(
              z.strictObject({
                filter: z
                  .string()
                  .check(
                    z.maxLength(256),
                    z.regex(SIGNING_FILTER, { error: 'lower-case name segments with *' }),
                  ),
                filterType: z.literal('WILDCARD_MATCH'),
              }),
            )
            .check(z.minLength(1), z.maxLength(MAX_FILTERS_PER_RULE)),
        ),
      }),
    )
    .check(z.maxLength(MAX_SIGNING_RULES)),
});

export const eventBridgeRuleSchema = z.strictObject({
  Name: text(64),
  EventPattern: z.record(z.string(), z.unknown()),
  State: z.optional(z.enum(['ENABLED', 'DISABLED'])),
  Targets: z.array(z.strictObject({ Id: text(64), Arn: text(1600) })).check(z.maxLength(5)),
});

const mutability = z.enum([
  'MUTABLE',
  'IMMUTABLE',
  'IMMUTABLE_WITH_EXCLUSION',
  'MUTABLE_WITH_EXCLUSION',
]);
const encryption = z.strictObject({
  encryptionType: z.enum(['AES256', 'KMS', 'KMS_DSSE']),
  kmsKey: z.optional(text(2048)),
});
const storedImage = z.strictObject({
  imageDigest: text(200),
  imageTags: z.array(text(300)),
  /** When it was pushed (or replicated here): what lifecycle rules count from. */
  pushedAt: z.optional(text(40)),
});

export const registrySchema = z.object({
  registryId: accountId,
  region,
  registryPolicy: z.optional(z.record(z.string(), z.unknown())),
  repositoryCreationTemplates: z.optional(
    z.array(
      z.strictObject({
        prefix: text(256),
        appliedFor: z
          .array(z.enum(['REPLICATION', 'PULL_THROUGH_CACHE', 'CREATE_ON_PUSH']))
          .check(z.minLength(1)),
        description: z.optional(z.string()),
        imageTagMutability: z.optional(mutability),
        encryptionConfiguration: z.optional(encryption),
        lifecyclePolicy: z.optional(text(30720)),
        repositoryPolicy: z.optional(text(10240)),
        resourceTags: z.optional(z.array(z.strictObject({ Key: text(128), Value: z.string() }))),
      }),
    ),
  ),
  repositories: z.record(
    repositoryName,
    z.object({
      imageTagMutability: mutability,
      encryptionConfiguration: encryption,
      lifecyclePolicy: z.nullable(z.string()),
      repositoryPolicy: z.nullable(z.string()),
      createdBy: z.enum(['user', 'REPLICATION', 'PULL_THROUGH_CACHE', 'CREATE_ON_PUSH']),
      appliedTemplate: z.nullable(z.string()),
      images: z.array(storedImage),
    }),
  ),
});

export const storedImageSchema = storedImage;

export const sourceDeletionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('image-deleted'), imageDigest: text(200) }),
  z.strictObject({ type: z.literal('tag-removed'), imageDigest: text(200), imageTag: text(300) }),
  z.strictObject({ type: z.literal('lifecycle-expired'), imageDigest: text(200) }),
]);

export const registryContextSchema = z.object({
  accountId,
  region,
  securityHubEnabled: z.optional(z.boolean()),
});

export const sourceSchema = z.object({ registryId: accountId, region });

export const pushedImageSchema = z.object({
  repositoryName,
  imageDigest: text(200),
  imageTags: z.array(text(300)),
  vulnerabilities: z.optional(
    z.array(
      z.object({
        name: text(200),
        severity: z.enum(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED']),
        packageName: z.optional(text(200)),
      }),
    ),
  ),
});

const OPERATORS = new Set([
  'prefix',
  'suffix',
  'anything-but',
  'numeric',
  'exists',
  'equals-ignore-case',
  'wildcard',
]);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Patterns are objects whose leaves are arrays of values or operators (eb-event-patterns). */
export function validateEventPattern(pattern: unknown, path = 'EventPattern'): void {
  if (!isObject(pattern) || Object.keys(pattern).length === 0) {
    throw new PolicyError(path, 'an event pattern is a non-empty JSON object');
  }
  for (const [key, value] of Object.entries(pattern)) {
    const at = `${path}.${key}`;
    if (isObject(value)) {
      validateEventPattern(value, at);
    } else if (!Array.isArray(value) || value.length === 0) {
      // values to match are always arrays (eb-event-patterns)
      throw new PolicyError(
        at,
        'a value to match is written as a non-empty array, e.g. ["aws.ecr"]',
      );
    } else {
      value.forEach((item, i) => {
        if (isObject(item)) {
          const [op] = Object.keys(item);
          if (Object.keys(item).length !== 1 || op === undefined || !OPERATORS.has(op)) {
            throw new PolicyError(
              `${at}[${i}]`,
              `an operator object has one key among ${[...OPERATORS].join(', ')}`,
            );
          }
        }
      });
    }
  }
}

export function parseScanningConfiguration(value: unknown, at = ''): RegistryScanningConfiguration {
  const config = parseOrThrow(scanningConfigurationSchema, value, at);
  config.rules.forEach((rule, i) => {
    // basic scanning offers scan on push only; continuous scanning needs enhanced (ecr/image-scanning)
    if (config.scanType === 'BASIC' && rule.scanFrequency === 'CONTINUOUS_SCAN') {
      throw new PolicyError(
        joinPath(at, `rules[${i}].scanFrequency`),
        'CONTINUOUS_SCAN needs scanType ENHANCED; basic scanning is scan on push or manual',
      );
    }
  });
  return config;
}

export function parseReplicationConfiguration(value: unknown, at = ''): ReplicationConfiguration {
  const config = parseOrThrow(
    replicationConfigurationSchema,
    value,
    at,
  ) as ReplicationConfiguration;
  const unique = new Set(
    config.rules.flatMap((r) => r.destinations.map((d) => `${d.registryId}/${d.region}`)),
  );
  // up to 25 unique destinations across all rules (ecr/replication)
  if (unique.size > MAX_REPLICATION_DESTINATIONS) {
    throw new PolicyError(
      joinPath(at, 'rules'),
      `at most ${MAX_REPLICATION_DESTINATIONS} unique destinations across all rules; this has ${unique.size}`,
    );
  }
  return config;
}

export const parseSigningConfiguration = schemaParser<SigningConfiguration>(
  signingConfigurationSchema,
);

export function parseEventBridgeRule(value: unknown, at = ''): EventBridgeRule {
  const rule = parseOrThrow(eventBridgeRuleSchema, value, at) as EventBridgeRule;
  validateEventPattern(rule.EventPattern, joinPath(at, 'EventPattern'));
  return rule;
}

export function parseRegistry(value: unknown, at = ''): Registry {
  const registry = parseOrThrow(registrySchema, value, at) as Registry;
  if (registry.registryPolicy !== undefined) {
    normalizePolicy(registry.registryPolicy, {
      kind: 'resource',
      path: joinPath(at, 'registryPolicy'),
    });
  }
  return registry;
}

export const parseStoredImage = schemaParser<StoredImage>(storedImageSchema);
export const parseSourceDeletion = schemaParser<SourceDeletion>(sourceDeletionSchema);
export const parseRegistryContext = schemaParser<RegistryContext>(registryContextSchema);

export function parseSource(value: unknown, at = ''): { registryId: string; region: string } {
  return parseOrThrow(sourceSchema, value, at);
}

export const parsePushedImage = schemaParser<PushedImage>(pushedImageSchema);
