/**
 * Container image signatures at a deploy step: `notation verify` with the AWS Signer plugin under
 * a trust policy (notation/trust-policy, signer/image-verification), and the deploy step that
 * either runs such a verifier or checks nothing at all.
 */
import { PolicyError } from '../errors';
import { profileArnOf } from './rules';
import { revocationOf } from './profiles';
import {
  parseImageReference,
  parseSignature,
  parseSigningProfile,
  parseTrustPolicy,
} from './schema';
import { parseNow } from './time';
import type {
  ContainerDeploymentResult,
  ImageReference,
  ImageVerificationResult,
  NotationValidation,
  Signature,
  SigningProfile,
  TrustPolicyDocument,
  TrustPolicyStatement,
  ValidationResult,
} from './types';

type Action = 'enforced' | 'logged' | 'skipped';

// what each level does with each validation (notation/trust-policy, "Signature Verification details")
const LEVELS: Record<'strict' | 'permissive' | 'audit', Record<NotationValidation, Action>> = {
  strict: {
    integrity: 'enforced',
    authenticity: 'enforced',
    authenticTimestamp: 'enforced',
    expiry: 'enforced',
    revocation: 'enforced',
  },
  permissive: {
    integrity: 'enforced',
    authenticity: 'enforced',
    authenticTimestamp: 'logged',
    expiry: 'logged',
    revocation: 'logged',
  },
  audit: {
    integrity: 'enforced',
    authenticity: 'logged',
    authenticTimestamp: 'logged',
    expiry: 'logged',
    revocation: 'logged',
  },
};

const ORDER: NotationValidation[] = [
  'integrity',
  'authenticity',
  'authenticTimestamp',
  'expiry',
  'revocation',
];

/** The trust policy rules the spec states beyond the schema: one global scope, skip not global. */
function checkPolicy(policy: TrustPolicyDocument): void {
  const globals = policy.trustPolicies.filter((p) => p.registryScopes.includes('*'));
  // only one trust policy may use the global scope (notation/trust-policy)
  if (globals.length > 1) {
    throw new PolicyError(
      'trustPolicy.trustPolicies',
      `only one trust policy may use the global scope "*"; ${globals.map((g) => g.name).join(' and ')} both do`,
    );
  }
  policy.trustPolicies.forEach((p, i) => {
    const at = `trustPolicy.trustPolicies[${i}]`;
    // "*" stands alone (notation/trust-policy)
    if (p.registryScopes.includes('*') && p.registryScopes.length > 1) {
      throw new PolicyError(`${at}.registryScopes`, 'the global scope "*" must be the only scope');
    }
    // skip cannot be used with the global scope (notation/trust-policy)
    if (p.signatureVerification.level === 'skip' && p.registryScopes.includes('*')) {
      throw new PolicyError(
        `${at}.signatureVerification.level`,
        'skip cannot be used with the global scope "*"',
      );
    }
    if (
      p.signatureVerification.level === 'skip' &&
      p.signatureVerification.override !== undefined
    ) {
      throw new PolicyError(
        `${at}.signatureVerification.override`,
        'a skip level cannot be customized',
      );
    }
    if (
      p.signatureVerification.level !== 'skip' &&
      (p.trustStores === undefined || p.trustedIdentities === undefined)
    ) {
      throw new PolicyError(
        at,
        'trustStores and trustedIdentities are required unless the level is skip',
      );
    }
  });
}

/** Exact repository match first, then the global policy (notation/trust-policy, "Selecting a trust policy"). */
function applicable(
  policy: TrustPolicyDocument,
  repositoryUri: string,
): TrustPolicyStatement | null {
  return (
    policy.trustPolicies.find((p) => p.registryScopes.includes(repositoryUri)) ??
    policy.trustPolicies.find((p) => p.registryScopes.includes('*')) ??
    null
  );
}

function outcome(statement: TrustPolicyStatement, validation: NotationValidation): Action {
  const level = statement.signatureVerification.level;
  if (level === 'skip') return 'skipped';
  const override =
    validation === 'integrity' ? undefined : statement.signatureVerification.override?.[validation];
  if (override === undefined) return LEVELS[level][validation];
  return override === 'enforce' ? 'enforced' : override === 'log' ? 'logged' : 'skipped';
}

function validate(
  statement: TrustPolicyStatement,
  image: ImageReference,
  sig: Signature,
  profiles: readonly SigningProfile[],
  at: number,
): ValidationResult[] {
  const partition = sig.profileVersionArn.split(':')[1] ?? 'aws';
  const store =
    partition === 'aws-us-gov'
      ? 'signingAuthority:aws-us-gov-signer-ts'
      : 'signingAuthority:aws-signer-ts';
  const identities = statement.trustedIdentities ?? [];
  const profileArn = profileArnOf(sig.profileVersionArn);
  const revoked = revocationOf(sig, profiles, at);
  const checks: Record<NotationValidation, [boolean, string]> = {
    integrity:
      sig.artifact.digest === image.digest
        ? [true, `the signature covers ${image.digest}`]
        : [false, `the signature covers ${sig.artifact.digest}, not ${image.digest}`],
    // authenticity: the Signer root in the trust store and the signing profile among trusted identities (signer/image-verification)
    authenticity: !(statement.trustStores ?? []).includes(store)
      ? [false, `the trust stores do not include ${store}, the AWS Signer root for this partition`]
      : sig.platformId !== 'Notation-OCI-SHA384-ECDSA'
        ? [false, `signed on ${sig.platformId}, not the Notation platform`]
        : identities.includes('*') || identities.includes(profileArn)
          ? [true, `signed by trusted identity ${profileArn}`]
          : [false, `${profileArn} is not among the trusted identities`],
    // AWS Signer stamps an authentic signing time inside the certificate's validity (signer/image-verification)
    authenticTimestamp: [
      true,
      `signed at ${sig.signedAt}, inside the signing certificate's validity`,
    ],
    expiry:
      at < Date.parse(sig.expiresAt)
        ? [true, `valid until ${sig.expiresAt}`]
        : [false, `expired at ${sig.expiresAt}`],
    // the plugin asks Signer's GetRevocationStatus (signer/image-verification)
    revocation: revoked === null ? [true, 'not revoked'] : [false, revoked],
  };
  const results: ValidationResult[] = [];
  for (const validation of ORDER) {
    const action = outcome(statement, validation);
    const [passed, reason] =
      action === 'skipped' ? [true, 'skipped by the trust policy'] : checks[validation];
    results.push({ jobId: sig.jobId, validation, passed, action, reason });
    // an enforced failure ends verification of this signature (notation/trust-policy)
    if (!passed && action === 'enforced') break;
  }
  return results;
}

/** `notation verify`: passes when one signature passes every enforced validation. */
export function verifyImageSignature(
  trustPolicy: TrustPolicyDocument,
  image: ImageReference,
  signatures: Signature[],
  profiles: SigningProfile[],
  now: string,
): ImageVerificationResult {
  const at = parseNow(now);
  const policy = parseTrustPolicy(trustPolicy, 'trustPolicy');
  checkPolicy(policy);
  image = parseImageReference(image, 'image');
  signatures = signatures.map((sig, i) => parseSignature(sig, `signatures[${i}]`));
  profiles = profiles.map((p, i) => parseSigningProfile(p, `profiles[${i}]`));
  const trace = [`notation verify ${image.repositoryUri}@${image.digest}`];
  const statement = applicable(policy, image.repositoryUri);
  // no applicable trust policy: the artifact is untrusted (notation/trust-policy)
  if (statement === null) {
    trace.push(
      `no trust policy scopes ${image.repositoryUri} and there is no global "*" policy: verification fails (notation/trust-policy)`,
    );
    return { verified: false, trustPolicy: null, signature: null, validations: [], trace };
  }
  const level = statement.signatureVerification.level;
  trace.push(`trust policy "${statement.name}" applies, level ${level} (notation/trust-policy)`);
  // skip: signatures are not even fetched (notation/trust-policy)
  if (level === 'skip') {
    trace.push(
      'level skip: no signature is fetched or verified, so the image passes unverified (notation/trust-policy)',
    );
    return { verified: true, trustPolicy: statement.name, signature: null, validations: [], trace };
  }
  // the signatures given are those attached to the image (its referrers); integrity checks what each signs
  const candidates = signatures.filter((s) => s.artifact.kind === 'container-image');
  if (candidates.length === 0) {
    trace.push(
      `no signature is associated with ${image.digest}: verification fails (signer/image-verification)`,
    );
    return {
      verified: false,
      trustPolicy: statement.name,
      signature: null,
      validations: [],
      trace,
    };
  }
  const validations: ValidationResult[] = [];
  for (const sig of candidates) {
    const results = validate(statement, image, sig, profiles, at);
    validations.push(...results);
    for (const r of results) {
      trace.push(
        `${sig.jobId}: ${r.validation} ${r.passed ? 'passed' : r.action === 'enforced' ? 'FAILED (enforced)' : 'failed (logged only)'} — ${r.reason}`,
      );
    }
    if (results.every((r) => r.passed || r.action !== 'enforced')) {
      trace.push(`verified by signature ${sig.jobId} (notation/trust-policy)`);
      return {
        verified: true,
        trustPolicy: statement.name,
        signature: sig.jobId,
        validations,
        trace,
      };
    }
  }
  trace.push(
    'no signature passed every enforced validation: verification fails, the deploy step must stop (notation/trust-policy)',
  );
  return { verified: false, trustPolicy: statement.name, signature: null, validations, trace };
}

/** A deploy step with or without a verifier. ECR and Inspector never check signatures themselves. */
export function deployContainerImage(
  verifier: TrustPolicyDocument | null,
  image: ImageReference,
  signatures: Signature[],
  profiles: SigningProfile[],
  now: string,
): ContainerDeploymentResult {
  parseNow(now);
  if (verifier === null) {
    // ECR serves images without checking signatures; verification is the client's job (ecr/image-signing, signer/image-verification)
    return {
      deployed: true,
      verified: null,
      trace: [
        `deploy ${image.repositoryUri}@${image.digest}: no verification step is configured, and ECR serves the image on pull without looking at signatures, so it runs signed or not (signer/image-verification)`,
      ],
    };
  }
  const result = verifyImageSignature(verifier, image, signatures, profiles, now);
  const trace = [
    ...result.trace,
    result.verified ? 'deployed' : 'deployment refused by the verification step',
  ];
  return { deployed: result.verified, verified: result.verified, trace };
}
