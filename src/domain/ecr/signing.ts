/**
 * ECR managed signing (ecr/managed-signing): on push, ECR starts a signing job with each signing
 * profile whose rule selects the repository, as the identity that pushed the image.
 */
import { signArtifact } from '../signer';
import type { Signature, SigningProfile } from '../signer';
import { signingFilterMatches } from './filters';
import { parseSigningConfiguration } from './schema';
import type {
  ImageSigningStatus,
  ManagedSigningResult,
  PullResult,
  SigningConfiguration,
} from './types';

export function managedSigningOnPush(input: {
  configuration: SigningConfiguration | null;
  repositoryName: string;
  imageDigest: string;
  profiles: SigningProfile[];
  pusherCanSign: boolean;
  now: string;
}): ManagedSigningResult {
  const trace = [`push ${input.repositoryName}@${input.imageDigest}: managed signing`];
  if (input.configuration === null) {
    trace.push(
      'the registry has no signing configuration, so ECR signs nothing; sign with Notation yourself or configure managed signing (ecr/image-signing)',
    );
    return { signingStatuses: [], signatures: [], trace };
  }
  const config = parseSigningConfiguration(input.configuration, 'configuration');
  // a rule without filters signs every repository (ecr/managed-signing)
  const arns = [
    ...new Set(
      config.rules
        .filter(
          (r) =>
            r.repositoryFilters === undefined ||
            r.repositoryFilters.some((f) => signingFilterMatches(f.filter, input.repositoryName)),
        )
        .map((r) => r.signingProfileArn),
    ),
  ];
  if (arns.length === 0)
    trace.push(
      `no signing rule selects ${input.repositoryName}: the image is not signed (ecr/managed-signing)`,
    );
  const signingStatuses: ImageSigningStatus[] = [];
  const signatures: Signature[] = [];
  // one signing status per profile (ecr/managed-signing, DescribeImageSigningStatus)
  for (const arn of arns) {
    const failed = (failureCode: string, failureReason: string) => {
      signingStatuses.push({
        signingProfileArn: arn,
        status: 'FAILED',
        failureCode,
        failureReason,
      });
      trace.push(`${arn}: FAILED — ${failureReason}`);
    };
    const profile = input.profiles.find((p) => p.arn === arn);
    if (profile === undefined) {
      failed('ProfileNotFound', `no signing profile ${arn} exists in the scenario`);
      continue;
    }
    // the pushing principal itself must be allowed to sign with the profile (ecr/managed-signing)
    if (!input.pusherCanSign) {
      failed(
        'AccessDenied',
        'the principal that pushed the image may not sign with this profile (it needs signer:SignPayload); the push succeeded, unsigned (ecr/managed-signing)',
      );
      continue;
    }
    const job = signArtifact(
      profile,
      { kind: 'container-image', digest: input.imageDigest },
      input.now,
    );
    if (job.signature === null) {
      failed('SigningFailed', job.trace.at(-1) ?? 'the signing job was refused');
      continue;
    }
    signingStatuses.push({ signingProfileArn: arn, status: 'COMPLETE' });
    signatures.push(job.signature);
    // the signature is stored next to the image and counts as an image in the repository (ecr/image-signing)
    trace.push(
      `${arn}: COMPLETE — signature ${job.signature.jobId} stored in ${input.repositoryName} as a referrer of the image, counting against the images-per-repository quota (ecr/image-signing)`,
    );
  }
  return { signingStatuses, signatures, trace };
}

/** A pull: nothing but permissions decides it (handled by the access engine). */
export function pullImage(input: {
  repositoryName: string;
  imageDigest: string;
  findingSeverityCounts?: Record<string, number>;
  signed: boolean;
}): PullResult {
  const findings = Object.entries(input.findingSeverityCounts ?? {}).filter(([, n]) => n > 0);
  return {
    served: true,
    trace: [
      `pull ${input.repositoryName}@${input.imageDigest}: ECR checks only that the caller may pull (registry, repository and IAM policies)`,
      // scan findings are reported, not enforced (ecr/image-scanning)
      findings.length > 0
        ? `the image has findings (${findings.map(([s, n]) => `${n} ${s}`).join(', ')}), but a scan result does not block a pull (ecr/image-scanning)`
        : 'no scan findings are on record; they would not block the pull anyway (ecr/image-scanning)',
      // ECR stores signatures but does not verify them on pull (ecr/image-signing)
      `the image is ${input.signed ? 'signed' : 'not signed'}; ECR does not verify signatures on pull — a verifier in the deploy path must (ecr/image-signing)`,
    ],
  };
}
