import type { AccessAction, PolicyId } from '../../../domain/access/scenario';
import { JOURNEY_TITLES } from '../../../domain/access/run';

/** A policy's name without a scenario at hand, as a challenge's solution names it. */
export function policyName(id: PolicyId): string {
  switch (id) {
    case 'scp':
      return 'the SCP';
    case 'ecr-repository':
      return 'the ECR repository policy';
    case 'bucket':
      return 'the bucket policy';
    case 'key':
      return 'the KMS key policy';
    case 'domain':
      return 'the CodeArtifact domain policy';
    case 'ca-repository':
      return 'the CodeArtifact repository policy';
  }
  const name = id.slice(id.indexOf(':') + 1);
  return id.startsWith('identity:')
    ? `the identity policy of ${name}`
    : `the permissions boundary of ${name}`;
}

/** An action in words, as shown in a challenge's solution. */
export function describeAccessAction(a: AccessAction): string {
  switch (a.type) {
    case 'policy.edit':
      if (a.document !== undefined)
        return `Replace ${policyName(a.policyId)} with ${JSON.stringify(a.document)}`;
      return a.text?.trim() ? `Edit ${policyName(a.policyId)}` : `Remove ${policyName(a.policyId)}`;
    case 'statement.toggle':
      return `Switch statement ${a.index} of ${policyName(a.policyId)} on or off`;
    case 'statement.add':
      return `Add to ${policyName(a.policyId)}: ${JSON.stringify(a.statement)}`;
    case 'journey.run':
      return `Run the ${JOURNEY_TITLES[a.journey]}${a.principal ? ` as ${a.principal}` : ''}`;
    case 'request.run':
      return `Send ${a.action} on ${a.resource} as ${a.principal}`;
    case 'key.manager.set':
      return a.managedBy === 'AWS'
        ? 'Encrypt the artifacts with the AWS managed key aws/s3'
        : 'Re-encrypt the artifacts with a customer managed key';
    case 'bucket.encryption.set':
      return `Switch the bucket's encryption to ${a.encryption}`;
    case 'context.set':
      return a.value === null
        ? `Clear ${a.key} of ${a.principal}`
        : `Set ${a.key} of ${a.principal} to ${Array.isArray(a.value) ? a.value.join(', ') : a.value}`;
  }
}
