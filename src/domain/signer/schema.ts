/**
 * zod/mini schemas for every input of the signer engine, so scenarios can be validated and edited
 * as JSON; parse* functions throw PolicyError at the JSON path of the first problem.
 */
import * as z from 'zod/mini';
import { schemaParser } from '../parseOrThrow';
import {
  MAX_ALLOWED_PUBLISHERS,
  PROFILE_ARN,
  PROFILE_NAME,
  PROFILE_VERSION,
  PROFILE_VERSION_ARN,
} from './rules';
import type {
  CodeSigningConfig,
  ImageReference,
  LambdaDeployment,
  Signature,
  SigningProfile,
  TrustPolicyDocument,
} from './types';

const time = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const pattern = (re: RegExp, what: string) => z.string().check(z.regex(re, { error: what }));

export const platformSchema = z.enum(['AWSLambda-SHA384-ECDSA', 'Notation-OCI-SHA384-ECDSA']);

export const validitySchema = z.object({
  value: z.int().check(z.gte(1)),
  type: z.enum(['DAYS', 'MONTHS', 'YEARS']),
});

export const signingProfileSchema = z.object({
  profileName: pattern(PROFILE_NAME, '2–64 letters, digits or underscores'),
  profileVersion: pattern(PROFILE_VERSION, 'exactly 10 letters or digits'),
  arn: pattern(
    PROFILE_ARN,
    'a signing profile ARN: arn:aws:signer:<region>:<account>:/signing-profiles/<name>',
  ),
  profileVersionArn: pattern(
    PROFILE_VERSION_ARN,
    'a signing profile version ARN: <profile ARN>/<version>',
  ),
  platformId: platformSchema,
  signatureValidityPeriod: validitySchema,
  status: z.enum(['Active', 'Canceled', 'Revoked']),
  revocationRecord: z.optional(
    z.object({ revocationEffectiveFrom: time, revokedAt: time, reason: text(500) }),
  ),
});

export const artifactSchema = z.object({
  kind: z.enum(['lambda-zip', 'container-image']),
  digest: text(200),
});

export const signatureSchema = z.object({
  jobId: text(100),
  profileName: pattern(PROFILE_NAME, '2–64 letters, digits or underscores'),
  profileVersionArn: pattern(
    PROFILE_VERSION_ARN,
    'a signing profile version ARN: <profile ARN>/<version>',
  ),
  platformId: platformSchema,
  artifact: artifactSchema,
  signedAt: time,
  expiresAt: time,
  revocationRecord: z.optional(z.object({ revokedAt: time, reason: text(500) })),
});

export const codeSigningConfigSchema = z.object({
  CodeSigningConfigArn: z.optional(text(200)),
  Description: z.optional(z.string().check(z.maxLength(256))),
  AllowedPublishers: z.object({
    SigningProfileVersionArns: z
      .array(pattern(PROFILE_VERSION_ARN, 'a signing profile version ARN: <profile ARN>/<version>'))
      .check(z.minLength(1), z.maxLength(MAX_ALLOWED_PUBLISHERS)),
  }),
  CodeSigningPolicies: z.optional(
    z.object({ UntrustedArtifactOnDeployment: z.optional(z.enum(['Warn', 'Enforce'])) }),
  ),
});

const codePackageSchema = z.object({
  name: text(140),
  digest: text(200),
  signature: z.nullable(signatureSchema),
});

export const lambdaDeploymentSchema = z.object({
  operation: z.enum([
    'CreateFunction',
    'UpdateFunctionCode',
    'UpdateFunctionConfiguration',
    'PublishVersion',
  ]),
  PackageType: z.optional(z.enum(['Zip', 'Image'])),
  code: z.optional(codePackageSchema),
  // a function has at most five layers (lambda quotas)
  layers: z.optional(z.array(codePackageSchema).check(z.maxLength(5))),
});

export const imageReferenceSchema = z.object({
  repositoryUri: pattern(
    /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/[a-z0-9._/-]+$/,
    '<account>.dkr.ecr.<region>.amazonaws.com/<repository>',
  ),
  digest: text(200),
});

const enforceOrLog = z.enum(['enforce', 'log']);

export const trustPolicySchema = z.object({
  version: z.literal('1.0'),
  trustPolicies: z
    .array(
      z.object({
        name: text(200),
        registryScopes: z.array(text(500)).check(z.minLength(1)),
        signatureVerification: z.object({
          level: z.enum(['strict', 'permissive', 'audit', 'skip']),
          override: z.optional(
            z.strictObject({
              // integrity cannot be overridden; only revocation can be skipped (notation/trust-policy)
              authenticity: z.optional(enforceOrLog),
              authenticTimestamp: z.optional(enforceOrLog),
              expiry: z.optional(enforceOrLog),
              revocation: z.optional(z.enum(['enforce', 'log', 'skip'])),
            }),
          ),
        }),
        trustStores: z.optional(z.array(text(200))),
        trustedIdentities: z.optional(z.array(text(500))),
      }),
    )
    .check(z.minLength(1)),
});

export const parseSigningProfile = schemaParser<SigningProfile>(signingProfileSchema);
export const parseSignature = schemaParser<Signature>(signatureSchema);
export const parseCodeSigningConfig = schemaParser<CodeSigningConfig>(codeSigningConfigSchema);
export const parseLambdaDeployment = schemaParser<LambdaDeployment>(lambdaDeploymentSchema);
export const parseImageReference = schemaParser<ImageReference>(imageReferenceSchema);
export const parseTrustPolicy = schemaParser<TrustPolicyDocument>(trustPolicySchema);
