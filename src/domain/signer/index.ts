/**
 * API SKETCH (first commit): types and signatures are final; bodies follow in the next commits.
 *
 * The AWS Signer engine: signing profiles, signing and revocation, Lambda's deployment-time
 * signature checks, and Notation verification of container images at a deploy step.
 *
 * Doc pages (trace tags in brackets):
 *   [signer/signing-profiles]        https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html
 *   [signer/revocation]              https://docs.aws.amazon.com/signer/latest/developerguide/revocation.html
 *   [signer/image-verification]      https://docs.aws.amazon.com/signer/latest/developerguide/image-verification.html
 *   [lambda/configuration-codesigning] https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html
 *   [lambda/API_CodeSigningPolicies] https://docs.aws.amazon.com/lambda/latest/api/API_CodeSigningPolicies.html
 *   [lambda/API_PublishVersion]      https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html
 *   [notation/trust-policy]          https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md
 */
import type {
  Artifact,
  CodeSigningConfig,
  ContainerDeploymentResult,
  ImageReference,
  ImageVerificationResult,
  LambdaDeployment,
  LambdaDeploymentResult,
  ProfileChangeResult,
  Signature,
  SignatureChangeResult,
  SignatureValidityPeriod,
  SigningPlatformId,
  SigningProfile,
  SignResult,
  TrustPolicyDocument,
} from './types';

export type * from './types';

const SKETCH = 'API sketch: not implemented yet';

/** PutSigningProfile: a new Active profile; validity defaults to 135 months [signer/signing-profiles]. */
export function putSigningProfile(
  _input: {
    profileName: string;
    platformId: SigningPlatformId;
    signatureValidityPeriod?: SignatureValidityPeriod;
    region: string;
    accountId: string;
  },
  _now: string,
): SigningProfile {
  throw new Error(SKETCH);
}

/** CancelSigningProfile: Active → Canceled; no new signing jobs, existing signatures stay valid. */
export function cancelSigningProfile(_profile: SigningProfile, _now: string): ProfileChangeResult {
  throw new Error(SKETCH);
}

/** RevokeSigningProfile: signatures made at or after effectiveTime are no longer trusted [signer/revocation]. */
export function revokeSigningProfile(
  _profile: SigningProfile,
  _revocation: { effectiveTime: string; reason: string },
  _now: string,
): ProfileChangeResult {
  throw new Error(SKETCH);
}

/** A signing job: a signature, or null with the reason (profile not Active, wrong platform). */
export function signArtifact(
  _profile: SigningProfile,
  _artifact: Artifact,
  _now: string,
): SignResult {
  throw new Error(SKETCH);
}

/** RevokeSignature: one signature, irreversibly [signer/revocation]. */
export function revokeSignature(
  _signature: Signature,
  _reason: string,
  _now: string,
): SignatureChangeResult {
  throw new Error(SKETCH);
}

/**
 * What Lambda does with a deployment under a code signing configuration (or none): the four
 * checks, Warn vs Enforce, integrity always blocking, PublishVersion checking nothing.
 */
export function checkLambdaDeployment(
  _config: CodeSigningConfig | null,
  _deployment: LambdaDeployment,
  _profiles: SigningProfile[],
  _now: string,
): LambdaDeploymentResult {
  throw new Error(SKETCH);
}

/** `notation verify` with the AWS Signer plugin, under a trust policy [notation/trust-policy]. */
export function verifyImageSignature(
  _trustPolicy: TrustPolicyDocument,
  _image: ImageReference,
  _signatures: Signature[],
  _profiles: SigningProfile[],
  _now: string,
): ImageVerificationResult {
  throw new Error(SKETCH);
}

/** A deploy step: verifies only when a verifier is configured; ECR itself never checks. */
export function deployContainerImage(
  _verifier: TrustPolicyDocument | null,
  _image: ImageReference,
  _signatures: Signature[],
  _profiles: SigningProfile[],
  _now: string,
): ContainerDeploymentResult {
  throw new Error(SKETCH);
}

/** Parsers: zod/mini schemas, throwing PolicyError at the JSON path of the first problem. */
export function parseSigningProfile(_value: unknown, _at?: string): SigningProfile {
  throw new Error(SKETCH);
}
export function parseSignature(_value: unknown, _at?: string): Signature {
  throw new Error(SKETCH);
}
export function parseCodeSigningConfig(_value: unknown, _at?: string): CodeSigningConfig {
  throw new Error(SKETCH);
}
export function parseLambdaDeployment(_value: unknown, _at?: string): LambdaDeployment {
  throw new Error(SKETCH);
}
export function parseTrustPolicy(_value: unknown, _at?: string): TrustPolicyDocument {
  throw new Error(SKETCH);
}
