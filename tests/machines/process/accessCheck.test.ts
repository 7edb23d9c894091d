// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evaluationWalk } from '../../../src/domain/access/evaluation-walk';
import type { AccessInput } from '../../../src/domain/access';
import { accessCheckMachine } from '../../../src/machines/process/accessCheck';
import { recordRun } from '../../../src/machines/process/record';

// Cross-account ECR pull (AmazonECR repository-policy-examples; IAM
// reference_policies_evaluation-logic-cross-account): both sides must allow.
const REPO = 'arn:aws:ecr:us-east-1:111111111111:repository/app';
const allow = (action: string, extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, ...extra }],
});
const base: AccessInput = {
  principal: {
    arn: 'arn:aws:iam::222222222222:role/deploy',
    identityPolicies: [allow('ecr:BatchGetImage', { Resource: REPO })],
  },
  request: { action: 'ecr:BatchGetImage', resource: REPO },
  resourcePolicy: allow('ecr:BatchGetImage', {
    Principal: { AWS: 'arn:aws:iam::222222222222:root' },
  }),
  scps: [allow('*', { Resource: '*' })],
};

const states = (input: AccessInput) =>
  recordRun(accessCheckMachine(), {
    label: 'pull',
    walk: evaluationWalk(input),
  }).actors[0]!.frames.map((f) => f.state[0]);

describe('accessCheck', () => {
  it('walks SCP → resource → identity → boundary → KMS → allowed when both sides allow', () => {
    expect(states(base)).toEqual([
      'request',
      'scp',
      'resourcePolicy',
      'identityPolicy',
      'boundary',
      'kmsKeyPolicy',
      'allowed',
    ]);
  });

  it('stops at the resource policy when it does not name the consumer account', () => {
    const input = {
      ...base,
      resourcePolicy: allow('ecr:BatchGetImage', {
        Principal: { AWS: 'arn:aws:iam::333333333333:root' },
      }),
    };
    const run = recordRun(accessCheckMachine(), { label: 'pull', walk: evaluationWalk(input) });
    expect(run.actors[0]!.frames.map((f) => f.state[0]).slice(-2)).toEqual([
      'resourcePolicy',
      'implicitDeny',
    ]);
    expect(run.output).toEqual({ ok: false, reason: expect.stringContaining('ImplicitDeny') });
  });

  it('stops at the identity policy when the consumer’s role lacks the action', () => {
    const input = {
      ...base,
      principal: {
        ...base.principal,
        identityPolicies: [allow('ecr:GetDownloadUrlForLayer', { Resource: REPO })],
      },
    };
    expect(states(input).slice(-2)).toEqual(['identityPolicy', 'implicitDeny']);
  });

  it('an explicit deny in an SCP ends the walk at the SCP stage', () => {
    const input = {
      ...base,
      scps: [
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            { Effect: 'Deny', Action: 'ecr:*', Resource: '*' },
          ],
        },
      ],
    };
    expect(states(input)).toEqual(['request', 'scp', 'explicitDeny']);
  });
});
