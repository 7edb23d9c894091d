import type { ArtifactKind, SigningPlatformId } from './types';

/** Where every tag cited in this engine's comments and traces lives. */
export const DOC_PAGES: Readonly<Record<string, string>> = {
  'signer/signing-profiles':
    'https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html',
  'signer/revocation': 'https://docs.aws.amazon.com/signer/latest/developerguide/revocation.html',
  'signer/image-verification':
    'https://docs.aws.amazon.com/signer/latest/developerguide/image-verification.html',
  'signer/API_CancelSigningProfile':
    'https://docs.aws.amazon.com/signer/latest/api/API_CancelSigningProfile.html',
  'signer/API_RevokeSigningProfile':
    'https://docs.aws.amazon.com/signer/latest/api/API_RevokeSigningProfile.html',
  'lambda/configuration-codesigning':
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html',
  'lambda/configuration-codesigning-create':
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning-create.html',
  'lambda/API_CodeSigningPolicies':
    'https://docs.aws.amazon.com/lambda/latest/api/API_CodeSigningPolicies.html',
  'lambda/API_UpdateFunctionCode':
    'https://docs.aws.amazon.com/lambda/latest/api/API_UpdateFunctionCode.html',
  'lambda/API_PublishVersion':
    'https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html',
  'ecr/image-signing': 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-signing.html',
  'notation/trust-policy':
    'https://github.com/notaryproject/specifications/blob/main/specs/trust-store-trust-policy.md',
};

// validity defaults to 135 months, also the maximum (signer/signing-profiles)
export const DEFAULT_VALIDITY_MONTHS = 135;
export const MAX_VALIDITY_MONTHS = 135;

// a code signing configuration lists up to 20 signing profile versions (lambda/configuration-codesigning-create)
export const MAX_ALLOWED_PUBLISHERS = 20;

// profile names: 2–64 letters, digits and underscores (API_RevokeSigningProfile, signing-profiles)
export const PROFILE_NAME = /^[a-zA-Z0-9_]{2,64}$/;

// profile versions: exactly 10 alphanumeric characters (API_RevokeSigningProfile)
export const PROFILE_VERSION = /^[a-zA-Z0-9]{10}$/;

export const PROFILE_ARN =
  /^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,64}$/;

export const PROFILE_VERSION_ARN =
  /^arn:aws(-[a-z]+)*:signer:[a-z0-9-]+:[0-9]{12}:\/signing-profiles\/[a-zA-Z0-9_]{2,64}\/[a-zA-Z0-9]{10}$/;

// each platform signs one kind of artifact (signer/signing-profiles)
export const PLATFORM_FOR_KIND: Readonly<Record<ArtifactKind, SigningPlatformId>> = {
  'lambda-zip': 'AWSLambda-SHA384-ECDSA',
  'container-image': 'Notation-OCI-SHA384-ECDSA',
};

/** The profile ARN a profile version ARN belongs to (drops the trailing /<version>). */
export function profileArnOf(profileVersionArn: string): string {
  return profileVersionArn.replace(/\/[a-zA-Z0-9]{10}$/, '');
}

export { stableId } from '../stableId';
