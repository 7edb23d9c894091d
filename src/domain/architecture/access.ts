/**
 * The architecture's requests as the access engine sees them: who asks, for what, and which
 * resource-side policies apply — each returned as the accessCheck process that plays it.
 */
import { evaluationWalk } from '../access/evaluation-walk';
import type { AccessInput } from '../access';
import { awsManagedS3KeyPolicy } from '../access/kms';
import type { ProcessPlan } from '../simulation';
import type { ArtifactBucket } from './types';

export function accessCheck(label: string, input: AccessInput): ProcessPlan {
  return { machine: 'accessCheck', input: { label, walk: evaluationWalk(input) } };
}

export const allowed = (plan: ProcessPlan): boolean =>
  plan.machine === 'accessCheck' && plan.input.walk.decision === 'Allow';

export const decisionNote = (plan: ProcessPlan): string =>
  plan.machine === 'accessCheck' ? (plan.input.walk.steps.at(-1)?.note ?? '') : '';

/** The KMS key an object read or write must also be allowed to use (SSE-KMS only). */
export function objectKey(bucket: ArtifactBucket, encryption: ArtifactBucket['defaultEncryption']) {
  if (encryption === 'SSE-S3') return undefined;
  if (encryption === 'aws/s3') {
    const region = bucket.keyArn.split(':')[3] ?? 'us-east-1';
    const account = bucket.keyArn.split(':')[4] ?? '';
    return {
      arn: `arn:aws:kms:${region}:${account}:alias/aws/s3`,
      policy: awsManagedS3KeyPolicy(account, region),
      managedBy: 'AWS' as const,
    };
  }
  return { arn: bucket.keyArn, policy: bucket.keyPolicy, managedBy: 'CUSTOMER' as const };
}
