import { putSigningProfile, signArtifact } from '../../../src/domain/signer';
import type { Signature, SigningPlatformId, SigningProfile } from '../../../src/domain/signer';

export const T0 = '2026-01-01T00:00:00.000Z';

export function profile(
  name = 'release_signer',
  platformId: SigningPlatformId = 'AWSLambda-SHA384-ECDSA',
  now = T0,
): SigningProfile {
  return putSigningProfile(
    { profileName: name, platformId, region: 'us-east-1', accountId: '111122223333' },
    now,
  );
}

/** A signature over `digest` made by `p` at `now`; throws if the job is refused. */
export function sign(p: SigningProfile, digest: string, now = T0): Signature {
  const kind = p.platformId === 'AWSLambda-SHA384-ECDSA' ? 'lambda-zip' : 'container-image';
  const { signature, trace } = signArtifact(p, { kind, digest }, now);
  if (signature === null) throw new Error(trace.join('\n'));
  return signature;
}
