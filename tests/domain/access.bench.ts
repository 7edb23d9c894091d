import { bench, describe } from 'vitest';
import {
  evaluateAccess,
  parsePolicy,
  type AccessInput,
  type PolicyDocument,
  type PolicyInput,
} from '../../src/domain/access';

// Budget (DESIGN.md): one access evaluation with 10 policies × 10 statements in ≤ 50 µs.

const A = '111111111111';
const B = '222222222222';

function statements(kind: 'identity' | 'resource', seed: number): object[] {
  return Array.from({ length: 10 }, (_, i) => {
    const n = seed * 10 + i;
    const base = {
      Sid: `S${n}`,
      Effect: i === 9 ? 'Deny' : 'Allow',
      Action:
        i % 3 === 0
          ? ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']
          : [`s3:Get${i}*`, `kms:Decrypt`, 'ecr:Describe*'],
      ...(i % 4 === 0
        ? {
            Condition: {
              StringEquals: { 'aws:PrincipalAccount': [B] },
              Bool: { 'aws:SecureTransport': 'true' },
            },
          }
        : {}),
      // the deny is the usual "no plain HTTP" guard, which this request does not trip
      ...(i === 9 ? { Condition: { Bool: { 'aws:SecureTransport': 'false' } } } : {}),
    };
    if (kind === 'identity')
      return {
        ...base,
        Resource:
          i === 9
            ? 'arn:aws:ecr:*:*:repository/secret-*'
            : `arn:aws:ecr:us-east-1:${A}:repository/${i % 2 ? 'app' : '*'}`,
      };
    return {
      ...base,
      Principal: { AWS: i % 2 ? `arn:aws:iam::${B}:root` : [`arn:aws:iam::${B}:role/ci`, A] },
    };
  });
}

const policy = (kind: 'identity' | 'resource', seed: number): PolicyDocument =>
  parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements(kind, seed) }), {
    kind,
  });

const raw = (kind: 'identity' | 'resource', seed: number): PolicyInput => ({
  Version: '2012-10-17',
  Statement: statements(kind, seed),
});

// 7 identity policies + permissions boundary + repository policy + SCP = 10 policies × 10 statements
const parsedInput: AccessInput = {
  principal: {
    arn: `arn:aws:sts::${B}:assumed-role/ci/build-1`,
    identityPolicies: [0, 1, 2, 3, 4, 5, 6].map((s) => policy('identity', s)),
    permissionsBoundary: policy('identity', 7),
  },
  request: {
    action: 'ecr:BatchGetImage',
    resource: `arn:aws:ecr:us-east-1:${A}:repository/app`,
    context: { 'aws:SecureTransport': 'true', 'aws:SourceIp': '203.0.113.10' },
  },
  resourcePolicy: policy('resource', 8),
  scps: [policy('identity', 9)],
};

const rawInput: AccessInput = {
  ...parsedInput,
  principal: {
    arn: parsedInput.principal.arn,
    identityPolicies: [0, 1, 2, 3, 4, 5, 6].map((s) => raw('identity', s)),
    permissionsBoundary: raw('identity', 7),
  },
  resourcePolicy: raw('resource', 8),
  scps: [raw('identity', 9)],
};

const check = evaluateAccess(parsedInput);
if (check.decision !== 'Allow')
  throw new Error(`bench input should be allowed: ${check.trace.at(-1)?.reason ?? ''}`);

describe('access evaluation, 10 policies × 10 statements', () => {
  bench('parsed policies (budget ≤ 50 µs)', () => {
    evaluateAccess(parsedInput);
  });

  bench('raw policy objects (normalised on every call)', () => {
    evaluateAccess(rawInput);
  });
});
