/**
 * SSE-KMS: the KMS permission an S3 object operation needs as well, and the context S3 adds
 * when it calls KMS for the caller.
 */
import { parseArn, type Caller } from './arn';
import type { AccessRequest, ContextValue } from './types';

/**
 * Reading an SSE-KMS object needs kms:Decrypt, writing one kms:GenerateDataKey, on the key and
 * for the same caller (UsingKMSEncryption, s3 "Permissions").
 */
const KMS_ACTION_FOR: Record<string, string> = {
  's3:getobject': 'kms:Decrypt',
  's3:getobjectversion': 'kms:Decrypt',
  's3:putobject': 'kms:GenerateDataKey',
};

export function kmsActionFor(loweredAction: string): string | null {
  return KMS_ACTION_FOR[loweredAction] ?? null;
}

/**
 * The KMS request S3 makes on the caller's behalf: same context, plus kms:ViaService =
 * s3.<region>.amazonaws.com and kms:CallerAccount = the caller's account (conditions-kms
 * "kms:ViaService", "kms:CallerAccount") unless the request already carries them.
 */
export function kmsRequestFor(
  kmsAction: string,
  keyArn: string,
  caller: Caller,
  context: Record<string, ContextValue> | undefined,
): AccessRequest {
  const region = parseArn(keyArn)?.region ?? '';
  const merged: Record<string, ContextValue> = {};
  const present = new Set(Object.keys(context ?? {}).map((k) => k.toLowerCase()));
  if (!present.has('kms:viaservice') && region)
    merged['kms:ViaService'] = `s3.${region}.amazonaws.com`;
  if (!present.has('kms:calleraccount') && caller.account)
    merged['kms:CallerAccount'] = caller.account;
  return { action: kmsAction, resource: keyArn, context: { ...context, ...merged } };
}

/**
 * The key policy AWS writes for the AWS managed key aws/s3: every principal of the account may
 * use it, through S3 only (UsingKMSEncryption).
 */
export function awsManagedS3KeyPolicy(account: string, region: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Id: 'auto-s3-2',
    Statement: [
      {
        Sid: 'AllowAccessThroughS3ForAllPrincipalsInTheAccount',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:DescribeKey',
        ],
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:CallerAccount': account,
            'kms:ViaService': `s3.${region}.amazonaws.com`,
          },
        },
      },
    ],
  };
}
