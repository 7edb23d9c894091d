/**
 * The architecture scenario as JSON: parsed with zod/mini, reusing each engine's own schemas
 * (CodeArtifact domain, ECR registry settings, Signer profiles, code signing configurations,
 * Image Builder pipelines), and every IAM policy checked by the access engine's parser — so a
 * scenario that parses is one every stage can run. Throws PolicyError at the JSON path.
 */
import * as z from 'zod/mini';
import { normalizePolicy } from '../access';
import { domainSchema, formatSchema } from '../codeartifact/scenario';
import {
  eventBridgeRuleSchema,
  registrySchema,
  replicationConfigurationSchema,
  scanningConfigurationSchema,
  signingConfigurationSchema,
} from '../ecr';
import { joinPath } from '../errors';
import {
  catalogSchema,
  distributionEnvironmentSchema,
  imagePipelineSchema,
  resolvedDependenciesSchema,
} from '../imagebuilder/schema';
import { parseJsonOrThrow, parseOrThrow } from '../parseOrThrow';
import {
  codeSigningConfigSchema,
  signatureSchema,
  signingProfileSchema,
  trustPolicySchema,
} from '../signer';
import { FAULT_IDS } from './faults';
import type { ArchitectureScenario } from './types';

const text = z.string().check(z.minLength(1), z.maxLength(300));
const iso = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'an ISO-8601 UTC time'));
const policy = z.record(z.string(), z.unknown());
const endpoint = z.enum([
  'codeartifact.api',
  'codeartifact.repositories',
  'ecr.api',
  'ecr.dkr',
  's3',
]);
const network = z.strictObject({ private: z.boolean(), endpoints: z.array(endpoint) });
const encryption = z.enum(['SSE-S3', 'aws/s3', 'customer-key']);
const lockMode = z.enum(['GOVERNANCE', 'COMPLIANCE']);
const stageRecord = z.strictObject({
  status: z.enum(['passed', 'failed', 'not run']),
  reason: z.string(),
});

const buildSchema = z.strictObject({
  name: text,
  roleArn: text,
  identityPolicies: z.array(policy),
  privilegedMode: z.boolean(),
  network,
  dependencySource: z.enum(['codeartifact', 's3']),
  repository: text,
  dependencies: z
    .array(z.strictObject({ format: formatSchema, name: text, version: text }))
    .check(z.maxLength(20)),
  token: z.nullable(z.strictObject({ expiresAt: z.nullable(iso) })),
  baseImage: text,
  lambdaPackage: z.strictObject({
    type: z.enum(['Zip', 'Image']),
    unzippedMb: z.number().check(z.gte(0), z.lte(20_000)),
  }),
});

const bucketSchema = z.strictObject({
  name: text,
  defaultEncryption: encryption,
  keyArn: text,
  keyPolicy: policy,
  bucketPolicy: policy,
  lifecycle: z.nullable(z.string().check(z.maxLength(20_000))),
  objectLock: z.nullable(
    z.strictObject({ mode: lockMode, days: z.number().check(z.int(), z.gte(1), z.lte(36_500)) }),
  ),
  objects: z
    .array(
      z.strictObject({
        key: text,
        versionId: text,
        createdAt: iso,
        sizeBytes: z.number().check(z.gte(0)),
        encryption,
        lock: z.optional(z.strictObject({ mode: lockMode, retainUntil: iso })),
        signatureJobId: z.optional(text),
      }),
    )
    .check(z.maxLength(500)),
});

const workloadSchema = z.strictObject({
  name: text,
  accountId: z.string().check(z.regex(/^\d{12}$/, 'a 12-digit account ID')),
  region: text,
  deployRole: z.strictObject({
    arn: text,
    identityPolicies: z.array(policy),
    permissionsBoundary: z.optional(policy),
  }),
  scps: z.array(policy),
  lambda: z.strictObject({
    functionName: text,
    codeSigningConfig: z.nullable(codeSigningConfigSchema),
    versions: z.array(
      z.strictObject({
        version: z.number().check(z.int(), z.gte(1)),
        artifactKey: text,
        signatureJobId: z.nullable(text),
      }),
    ),
  }),
  ecs: z.strictObject({
    name: text,
    image: text,
    network,
    running: z.nullable(text),
    verification: z.optional(z.nullable(trustPolicySchema)),
  }),
});

export const architectureScenarioSchema = z.strictObject({
  now: iso,
  regions: z.strictObject({ primary: text, dr: text }),
  tooling: z.strictObject({
    accountId: z.string().check(z.regex(/^\d{12}$/, 'a 12-digit account ID')),
    build: buildSchema,
    codeartifact: domainSchema,
    registry: registrySchema,
    scanning: z.nullable(scanningConfigurationSchema),
    replication: z.nullable(replicationConfigurationSchema),
    signing: z.nullable(signingConfigurationSchema),
    eventRules: z.array(eventBridgeRuleSchema).check(z.maxLength(20)),
    imageVulnerabilities: z.array(
      z.strictObject({
        name: text,
        severity: z.enum(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL', 'UNDEFINED']),
        packageName: z.optional(text),
      }),
    ),
    bucket: bucketSchema,
    signer: z.strictObject({
      profiles: z.array(signingProfileSchema).check(z.maxLength(10)),
      profileName: z.string(),
      signatures: z.array(signatureSchema).check(z.maxLength(200)),
    }),
    imageBuilder: z.strictObject({
      pipeline: imagePipelineSchema,
      catalog: catalogSchema,
      environment: distributionEnvironmentSchema,
      builds: z.array(text),
      lastBuild: z.nullable(resolvedDependenciesSchema),
    }),
  }),
  workloads: z.array(workloadSchema).check(z.minLength(1), z.maxLength(4)),
  replicaRegistries: z.array(registrySchema).check(z.maxLength(6)),
  release: z.strictObject({ version: text, repository: text, tag: text, artifactKey: text }),
  faults: z.array(z.enum(FAULT_IDS as [string, ...string[]])),
  lastRun: z.nullable(
    z.partialRecord(
      z.enum(['install', 'build', 'sign', 'push', 'scan', 'replicate', 'deploy']),
      stageRecord,
    ),
  ),
  builtDigest: z.nullable(text),
});

/** Every IAM policy in the scenario must be one the access engine can read. */
function checkPolicies(s: ArchitectureScenario): void {
  const t = s.tooling;
  const identity = (doc: object, path: string) => normalizePolicy(doc, { kind: 'identity', path });
  const resource = (doc: object, path: string) => normalizePolicy(doc, { kind: 'resource', path });
  t.build.identityPolicies.forEach((p, i) => identity(p, `tooling.build.identityPolicies[${i}]`));
  resource(t.bucket.keyPolicy, 'tooling.bucket.keyPolicy');
  resource(t.bucket.bucketPolicy, 'tooling.bucket.bucketPolicy');
  for (const [name, repo] of Object.entries(t.registry.repositories)) {
    if (!repo.repositoryPolicy) continue;
    const at = joinPath('tooling.registry.repositories', `${name}.repositoryPolicy`);
    const doc = parseJsonOrThrow(repo.repositoryPolicy, at, () => 'is not valid JSON');
    resource(doc as object, at);
  }
  s.workloads.forEach((w, i) => {
    w.deployRole.identityPolicies.forEach((p, j) =>
      identity(p, `workloads[${i}].deployRole.identityPolicies[${j}]`),
    );
    if (w.deployRole.permissionsBoundary)
      identity(w.deployRole.permissionsBoundary, `workloads[${i}].deployRole.permissionsBoundary`);
    w.scps.forEach((p, j) => identity(p, `workloads[${i}].scps[${j}]`));
  });
}

export function parseArchitectureScenario(raw: unknown, at = ''): ArchitectureScenario {
  const s = parseOrThrow(architectureScenarioSchema, raw, at) as ArchitectureScenario;
  checkPolicies(s);
  return s;
}
