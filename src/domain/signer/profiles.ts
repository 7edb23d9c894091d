/**
 * Signing profiles and signatures: creating, canceling and revoking profiles, signing an
 * artifact, revoking one signature, and whether a signature still stands at a given moment.
 */
import { PolicyError } from '../errors';
import {
  DEFAULT_VALIDITY_MONTHS,
  MAX_VALIDITY_MONTHS,
  PLATFORM_FOR_KIND,
  PROFILE_NAME,
  stableId,
} from './rules';
import { addMonths, expiryOf, instant, iso, parseNow } from './time';
import type {
  Artifact,
  ProfileChangeResult,
  Signature,
  SignatureChangeResult,
  SignatureValidityPeriod,
  SigningPlatformId,
  SigningProfile,
  SignResult,
} from './types';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT = /^\d{12}$/;

/** PutSigningProfile: a new, Active profile with a deterministic version ID. */
export function putSigningProfile(
  input: {
    profileName: string;
    platformId: SigningPlatformId;
    signatureValidityPeriod?: SignatureValidityPeriod;
    region: string;
    accountId: string;
  },
  now: string,
): SigningProfile {
  const at = parseNow(now);
  // profile names: letters, digits and underscores only (signer/signing-profiles)
  if (!PROFILE_NAME.test(input.profileName)) {
    throw new PolicyError('profileName', 'use 2–64 letters, digits or underscores (no hyphens)');
  }
  if (!REGION.test(input.region)) throw new PolicyError('region', `not a Region: ${input.region}`);
  if (!ACCOUNT.test(input.accountId)) throw new PolicyError('accountId', 'a 12-digit account ID');
  // no validity period given: 135 months (signer/signing-profiles)
  const period = input.signatureValidityPeriod ?? {
    value: DEFAULT_VALIDITY_MONTHS,
    type: 'MONTHS' as const,
  };
  if (!Number.isInteger(period.value) || period.value < 1) {
    throw new PolicyError('signatureValidityPeriod.value', 'a whole number, at least 1');
  }
  // 135 months is the maximum validity supported (signer/signing-profiles)
  if (expiryOf(at, period) > addMonths(at, MAX_VALIDITY_MONTHS)) {
    throw new PolicyError(
      'signatureValidityPeriod',
      `at most ${MAX_VALIDITY_MONTHS} months (11 years and 3 months)`,
    );
  }
  const partition = input.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  const arn = `arn:${partition}:signer:${input.region}:${input.accountId}:/signing-profiles/${input.profileName}`;
  const profileVersion = stableId(`${arn}@${now}`, 10);
  return {
    profileName: input.profileName,
    profileVersion,
    arn,
    profileVersionArn: `${arn}/${profileVersion}`,
    platformId: input.platformId,
    signatureValidityPeriod: period,
    status: 'Active',
  };
}

/** CancelSigningProfile: only an Active profile; it stops signing, its signatures still stand. */
export function cancelSigningProfile(profile: SigningProfile, now: string): ProfileChangeResult {
  parseNow(now);
  const trace = [`Cancel signing profile ${profile.profileName} (${profile.status})`];
  // only an ACTIVE profile can be canceled (signer/API_CancelSigningProfile)
  if (profile.status !== 'Active') {
    trace.push(
      `${profile.profileName} is ${profile.status}: only an Active profile can be canceled (signer/API_CancelSigningProfile)`,
    );
    return { ok: false, profile, trace };
  }
  // canceled: no new signing jobs; canceling revokes nothing (signer/API_CancelSigningProfile)
  trace.push(
    `${profile.profileName} is Canceled: it can start no new signing jobs, but the signatures it already made are not revoked (signer/API_CancelSigningProfile)`,
  );
  return { ok: true, profile: { ...profile, status: 'Canceled' }, trace };
}

/** RevokeSigningProfile: effective time in the past; repeatable only to move it earlier. */
export function revokeSigningProfile(
  profile: SigningProfile,
  revocation: { effectiveTime: string; reason: string },
  now: string,
): ProfileChangeResult {
  const at = parseNow(now);
  const effective = instant(revocation.effectiveTime, 'effectiveTime');
  const trace = [
    `Revoke ${profile.profileVersionArn} effective ${revocation.effectiveTime} (reason: ${revocation.reason})`,
  ];
  // a reason of 1–500 characters is required (signer/API_RevokeSigningProfile)
  if (revocation.reason.length < 1 || revocation.reason.length > 500) {
    throw new PolicyError('reason', 'a reason of 1–500 characters is required');
  }
  // the effective start time cannot be in the future (signer/revocation)
  if (effective > at) {
    trace.push(
      `refused: the effective time ${revocation.effectiveTime} is after now (${now}); it must be in the past (signer/revocation)`,
    );
    return { ok: false, profile, trace };
  }
  const previous = profile.revocationRecord;
  // repeating a revocation may move the effective time earlier, never later (signer/revocation)
  if (previous !== undefined && effective > Date.parse(previous.revocationEffectiveFrom)) {
    trace.push(
      `refused: already revoked from ${previous.revocationEffectiveFrom}; the effective time can move earlier, never later (signer/revocation)`,
    );
    return { ok: false, profile, trace };
  }
  // revoked: no new signing jobs, and signatures made from the effective time on are untrusted (signer/revocation)
  trace.push(
    `${profile.profileName} is Revoked: it can start no new signing jobs, and every signature it made at or after ${iso(effective)} fails revocation checks from now on; revocation is irreversible (signer/revocation)`,
  );
  return {
    ok: true,
    profile: {
      ...profile,
      status: 'Revoked',
      revocationRecord: {
        revocationEffectiveFrom: iso(effective),
        revokedAt: iso(at),
        reason: revocation.reason,
      },
    },
    trace,
  };
}

/** A signing job on `artifact` with `profile`: a signature, or null and why. */
export function signArtifact(profile: SigningProfile, artifact: Artifact, now: string): SignResult {
  const at = parseNow(now);
  const trace = [`Sign ${artifact.kind} ${artifact.digest} with ${profile.profileVersionArn}`];
  // canceled and revoked profiles start no new signing jobs (signer/API_CancelSigningProfile, signer/revocation)
  if (profile.status !== 'Active') {
    trace.push(
      `refused: ${profile.profileName} is ${profile.status}, and only an Active profile can start signing jobs (signer/revocation)`,
    );
    return { signature: null, trace };
  }
  // each platform signs one kind of artifact (signer/signing-profiles)
  const platform = PLATFORM_FOR_KIND[artifact.kind];
  if (profile.platformId !== platform) {
    trace.push(
      `refused: a ${artifact.kind} is signed on the ${platform} platform, but ${profile.profileName} uses ${profile.platformId} (signer/signing-profiles)`,
    );
    return { signature: null, trace };
  }
  const expires = expiryOf(at, profile.signatureValidityPeriod);
  const signature: Signature = {
    jobId: stableId(`${profile.profileVersionArn}|${artifact.digest}|${now}`, 16),
    profileName: profile.profileName,
    profileVersionArn: profile.profileVersionArn,
    platformId: profile.platformId,
    artifact,
    signedAt: iso(at),
    expiresAt: iso(expires),
  };
  // a signature is valid for the profile's signature validity period (signer/signing-profiles)
  trace.push(
    `signed by job ${signature.jobId} at ${signature.signedAt}; valid until ${signature.expiresAt} (${profile.signatureValidityPeriod.value} ${profile.signatureValidityPeriod.type}) (signer/signing-profiles)`,
  );
  return { signature, trace };
}

/** RevokeSignature: irreversible, so a second revocation is refused. */
export function revokeSignature(
  signature: Signature,
  reason: string,
  now: string,
): SignatureChangeResult {
  const at = parseNow(now);
  const trace = [`Revoke signature ${signature.jobId} (reason: ${reason})`];
  if (reason.length < 1 || reason.length > 500) {
    throw new PolicyError('reason', 'a reason of 1–500 characters is required');
  }
  if (signature.revocationRecord !== undefined) {
    trace.push(
      `refused: already revoked at ${signature.revocationRecord.revokedAt}; revocation is irreversible (signer/revocation)`,
    );
    return { ok: false, signature, trace };
  }
  // a revoked signature fails signature checks from now on (signer/revocation)
  trace.push(
    `signature ${signature.jobId} is revoked: deployments checking it now fail the revocation check; what is already deployed keeps running (signer/revocation)`,
  );
  return {
    ok: true,
    signature: { ...signature, revocationRecord: { revokedAt: iso(at), reason } },
    trace,
  };
}

/** Why a signature counts as revoked at `at`, or null when it does not. */
export function revocationOf(
  signature: Signature,
  profiles: readonly SigningProfile[],
  at: number,
): string | null {
  const own = signature.revocationRecord;
  // RevokeSignature invalidates that one signature (signer/revocation)
  if (own !== undefined && Date.parse(own.revokedAt) <= at) {
    return `signature ${signature.jobId} was revoked at ${own.revokedAt} (signer/revocation)`;
  }
  const profile = profiles.find((p) => p.profileVersionArn === signature.profileVersionArn);
  const record = profile?.revocationRecord;
  if (record === undefined || Date.parse(record.revokedAt) > at) return null;
  // signatures made at or after the effective time are untrusted; earlier ones stand (signer/API_RevokeSigningProfile)
  if (Date.parse(signature.signedAt) >= Date.parse(record.revocationEffectiveFrom)) {
    return `${signature.profileVersionArn} was revoked effective ${record.revocationEffectiveFrom}, and this signature was made at ${signature.signedAt}, after that (signer/revocation)`;
  }
  return null;
}
