/**
 * AWS Signer and Lambda code signing as the simulator models them: plain JSON with the field
 * names AWS writes (GetSigningProfile, DescribeSigningJob, CreateCodeSigningConfig, Notation's
 * trustpolicy.json). Times are ISO-8601 UTC strings.
 */

/** The two platforms this syllabus uses (signing-profiles). */
export type SigningPlatformId = 'AWSLambda-SHA384-ECDSA' | 'Notation-OCI-SHA384-ECDSA';

export interface SignatureValidityPeriod {
  value: number;
  type: 'DAYS' | 'MONTHS' | 'YEARS';
}

export type SigningProfileStatus = 'Active' | 'Canceled' | 'Revoked';

/** API_SigningProfileRevocationRecord. */
export interface SigningProfileRevocationRecord {
  revocationEffectiveFrom: string;
  revokedAt: string;
  reason: string;
}

/** One signing profile as GetSigningProfile returns it (its current version). */
export interface SigningProfile {
  profileName: string;
  /** 10 alphanumeric characters (API_RevokeSigningProfile). */
  profileVersion: string;
  /** arn:aws:signer:<region>:<account>:/signing-profiles/<name> */
  arn: string;
  /** The profile ARN plus /<profileVersion>: what a code signing configuration allows. */
  profileVersionArn: string;
  platformId: SigningPlatformId;
  signatureValidityPeriod: SignatureValidityPeriod;
  status: SigningProfileStatus;
  revocationRecord?: SigningProfileRevocationRecord;
}

/** What gets signed: a Lambda .zip package or a container image manifest. */
export type ArtifactKind = 'lambda-zip' | 'container-image';

export interface Artifact {
  kind: ArtifactKind;
  /** The content hash: the package's SHA-384/256 or the image manifest digest. */
  digest: string;
}

/** API_SigningJobRevocationRecord (RevokeSignature). */
export interface SignatureRevocationRecord {
  revokedAt: string;
  reason: string;
}

/** One signature made by a signing job. */
export interface Signature {
  jobId: string;
  profileName: string;
  profileVersionArn: string;
  platformId: SigningPlatformId;
  artifact: Artifact;
  signedAt: string;
  /** signedAt plus the profile's signature validity period. */
  expiresAt: string;
  revocationRecord?: SignatureRevocationRecord;
}

// ---------------------------------------------------------------------------------------------
// Lambda code signing

export type UntrustedArtifactOnDeployment = 'Warn' | 'Enforce';

/** CreateCodeSigningConfig, as the Lambda API writes it. */
export interface CodeSigningConfig {
  CodeSigningConfigArn?: string;
  Description?: string;
  AllowedPublishers: { SigningProfileVersionArns: string[] };
  /** Absent policy = Warn (API_CodeSigningPolicies). */
  CodeSigningPolicies?: { UntrustedArtifactOnDeployment?: UntrustedArtifactOnDeployment };
}

/** The Lambda API calls a learner can make; only some of them check signatures. */
export type LambdaOperation =
  'CreateFunction' | 'UpdateFunctionCode' | 'UpdateFunctionConfiguration' | 'PublishVersion';

/** A function's code or one of its layers, with the signature that came with it (or none). */
export interface LambdaCodePackage {
  name: string;
  /** The digest of the package as uploaded; differs from signature.artifact.digest if altered. */
  digest: string;
  signature: Signature | null;
}

export interface LambdaDeployment {
  operation: LambdaOperation;
  /** Zip unless said otherwise; Image functions do not support code signing. */
  PackageType?: 'Zip' | 'Image';
  code?: LambdaCodePackage;
  layers?: LambdaCodePackage[];
}

/** The four checks of configuration-codesigning, in the order the page lists them. */
export type SignatureCheck = 'integrity' | 'expiry' | 'mismatch' | 'revocation';

export interface SignatureCheckResult {
  /** The package's name. */
  artifact: string;
  check: SignatureCheck;
  passed: boolean;
  reason: string;
}

export type LambdaDeploymentOutcome = 'deployed' | 'deployed-with-warnings' | 'blocked';

export interface LambdaDeploymentResult {
  outcome: LambdaDeploymentOutcome;
  /** The error the API call returns when blocked. */
  error: 'CodeVerificationFailedException' | 'InvalidCodeSignatureException' | null;
  checks: SignatureCheckResult[];
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Container images: Notation with the AWS Signer plugin

export type VerificationLevel = 'strict' | 'permissive' | 'audit' | 'skip';

export type NotationValidation =
  'integrity' | 'authenticity' | 'authenticTimestamp' | 'expiry' | 'revocation';

export type ValidationAction = 'enforce' | 'log' | 'skip';

/** One statement of Notation's trustpolicy.json (trust-store-trust-policy spec). */
export interface TrustPolicyStatement {
  name: string;
  /** Fully qualified repository URIs, or the single global scope "*". */
  registryScopes: string[];
  signatureVerification: {
    level: VerificationLevel;
    override?: {
      authenticity?: 'enforce' | 'log';
      authenticTimestamp?: 'enforce' | 'log';
      expiry?: 'enforce' | 'log';
      revocation?: ValidationAction;
    };
  };
  /** e.g. "signingAuthority:aws-signer-ts" for AWS Signer in commercial Regions. */
  trustStores?: string[];
  /** Signing profile ARNs, or "*". */
  trustedIdentities?: string[];
}

export interface TrustPolicyDocument {
  version: '1.0';
  trustPolicies: TrustPolicyStatement[];
}

/** The image a deploy step is about to run. */
export interface ImageReference {
  /** <account>.dkr.ecr.<region>.amazonaws.com/<repository> */
  repositoryUri: string;
  digest: string;
}

export interface ValidationResult {
  jobId: string;
  validation: NotationValidation;
  passed: boolean;
  /** What the level makes of a failure: enforced (fails verification), logged, or skipped. */
  action: 'enforced' | 'logged' | 'skipped';
  reason: string;
}

export interface ImageVerificationResult {
  verified: boolean;
  /** The trust policy statement that applied, if any. */
  trustPolicy: string | null;
  /** The signature that verified, if any. */
  signature: string | null;
  validations: ValidationResult[];
  trace: string[];
}

export interface ContainerDeploymentResult {
  deployed: boolean;
  /** null: nothing on the deploy path verified signatures. */
  verified: boolean | null;
  trace: string[];
}

export interface SignResult {
  signature: Signature | null;
  trace: string[];
}

export interface ProfileChangeResult {
  ok: boolean;
  profile: SigningProfile;
  trace: string[];
}

export interface SignatureChangeResult {
  ok: boolean;
  signature: Signature;
  trace: string[];
}
