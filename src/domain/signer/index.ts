/**
 * The AWS Signer engine: signing profiles, signing and revocation, Lambda's deployment-time
 * signature checks, and Notation verification of container images at a deploy step. Pure and
 * deterministic; every rule cites its page by a tag from DOC_PAGES (rules.ts).
 *
 * What it decides, as the docs say:
 * - a profile signs only while Active; Canceled and Revoked profiles start no signing jobs;
 *   signatures last the profile's validity period, 135 months unless set (signer/signing-profiles);
 * - revoking a profile version distrusts the signatures it made at or after the effective time,
 *   which must be in the past and can only move earlier; revoking one signature is irreversible
 *   (signer/revocation);
 * - Lambda checks integrity, expiry, mismatch and revocation when code is deployed
 *   (CreateFunction, UpdateFunctionCode, and UpdateFunctionConfiguration for layers) — never at
 *   invocation, and PublishVersion checks nothing — so a revoked profile stops new deployments,
 *   not a version already published (lambda/configuration-codesigning, lambda/API_PublishVersion);
 * - UntrustedArtifactOnDeployment defaults to Warn, which deploys and warns; Enforce blocks; an
 *   integrity failure blocks under either (lambda/API_CodeSigningPolicies, API_UpdateFunctionCode);
 * - container images are verified only where a deploy step runs Notation (or an admission
 *   controller); ECR serves images on pull without checking signatures (signer/image-verification).
 *
 * Where the docs are silent, the engine decides, and says so:
 * - unsigned code fails the mismatch check (it is not signed by an allowed profile);
 * - a Lambda function packaged as a container image deploys with no signature checks;
 * - a signature made exactly at a revocation's effective time counts as revoked;
 * - Signer's authentic signing time is always inside the certificate's validity;
 * - month arithmetic clamps to the last day of a shorter month.
 */
export {
  cancelSigningProfile,
  putSigningProfile,
  revocationOf,
  revokeSignature,
  revokeSigningProfile,
  signArtifact,
} from './profiles';
export { checkLambdaDeployment } from './lambda';
export { deployContainerImage, verifyImageSignature } from './notation';
export {
  codeSigningConfigSchema,
  imageReferenceSchema,
  lambdaDeploymentSchema,
  parseCodeSigningConfig,
  parseImageReference,
  parseLambdaDeployment,
  parseSignature,
  parseSigningProfile,
  parseTrustPolicy,
  signatureSchema,
  signingProfileSchema,
  trustPolicySchema,
} from './schema';
export {
  DEFAULT_VALIDITY_MONTHS,
  DOC_PAGES,
  MAX_ALLOWED_PUBLISHERS,
  MAX_VALIDITY_MONTHS,
  PLATFORM_FOR_KIND,
} from './rules';
export type * from './types';
