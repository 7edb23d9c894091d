/**
 * Service-specific rules: which policy acts as the resource-based policy of a request, which
 * actions only identity-based policies can grant, and where a resource policy is mandatory.
 */
import { parseArn } from './arn';
import type { PolicyDocument, TracePolicy } from './types';

export interface ResourceSide {
  source: Extract<TracePolicy, 'resource' | 'domain' | 'kms'>;
  /** "repository policy", "bucket policy", "key policy", … */
  label: string;
  policy: PolicyDocument | undefined;
}

export interface ServicePlan {
  /** Policies that act as the resource-based policy; an Allow in any of them grants. */
  sides: ResourceSide[];
  /** Set for actions only identity-based policies can grant: the rule, in words. */
  identityOnly: string | null;
  /** Set where the resource policy must itself allow, even within one account. */
  resourcePolicyRequired: string | null;
  /** Policies present in the input that this request does not consult, and why. */
  ignored: { source: TracePolicy; reason: string }[];
}

export interface PlanInput {
  resourcePolicy?: PolicyDocument | undefined;
  domainPolicy?: PolicyDocument | undefined;
  kmsKey?: { arn: string; policy: PolicyDocument } | undefined;
}

/** Registry- or service-wide actions that a resource policy cannot grant. */
const IDENTITY_ONLY: Record<string, string> = {
  // "Amazon ECR requires that users have permission to make calls to the
  // ecr:GetAuthorizationToken API through an IAM policy" (set-repository-policy)
  'ecr:getauthorizationtoken':
    'ecr:GetAuthorizationToken is registry-wide (Resource "*") and is granted only by identity-based (IAM) policies, never by a repository policy (AmazonECR set-repository-policy)',
  // "While it can be added to a CodeArtifact domain or repository resource policy, the
  // permission will have no effect" (codeartifact get-set-up-provision-user)
  'sts:getservicebearertoken':
    'sts:GetServiceBearerToken must be allowed by an identity-based (IAM) policy; in a domain or repository policy it has no effect (codeartifact get-set-up-provision-user, id_credentials_bearer)',
};

const ASSUME_ROLE = new Set([
  'sts:assumerole',
  'sts:assumerolewithsaml',
  'sts:assumerolewithwebidentity',
  'sts:tagsession',
  'sts:setsourceidentity',
]);

export function isIdentityOnly(loweredAction: string): boolean {
  return Object.hasOwn(IDENTITY_ONLY, loweredAction);
}

function resourceLabel(service: string, resource: string): string {
  if (service === 'ecr') return 'repository policy';
  if (service === 's3') return 'bucket policy';
  if (service === 'iam' && resource.startsWith('role/')) return 'role trust policy';
  return 'resource-based policy';
}

/** CodeArtifact resources: the domain itself, or a repository / package inside it. */
function codeArtifactScope(resource: string): 'domain' | 'repository' | null {
  const arn = parseArn(resource);
  if (!arn || arn.service !== 'codeartifact') return null;
  if (arn.resource.startsWith('domain/')) return 'domain';
  if (arn.resource.startsWith('repository/') || arn.resource.startsWith('package/'))
    return 'repository';
  return null;
}

export function planRequest(
  loweredAction: string,
  resource: string,
  input: PlanInput,
): ServicePlan {
  const plan: ServicePlan = {
    sides: [],
    identityOnly: null,
    resourcePolicyRequired: null,
    ignored: [],
  };
  const service = loweredAction.slice(0, loweredAction.indexOf(':'));

  const identityOnly = IDENTITY_ONLY[loweredAction];
  if (identityOnly !== undefined) {
    plan.identityOnly = identityOnly;
    if (input.resourcePolicy)
      plan.ignored.push({
        source: 'resource',
        reason: `the resource-based policy in the input is ignored: ${identityOnly}`,
      });
    if (input.domainPolicy)
      plan.ignored.push({
        source: 'domain',
        reason: `the domain policy in the input is ignored: ${identityOnly}`,
      });
    return plan;
  }

  if (service === 'kms') {
    // every KMS key has a key policy and it must allow access; IAM policies grant only when
    // the key policy delegates to the account (key-policies, key-policy-default)
    const policy =
      input.kmsKey && (input.kmsKey.arn === resource || !input.resourcePolicy)
        ? input.kmsKey.policy
        : input.resourcePolicy;
    plan.sides.push({ source: 'kms', label: 'key policy', policy });
    plan.resourcePolicyRequired =
      'a KMS key policy must allow access — directly, or by delegating to the account ("Enable IAM User Permissions") so that IAM policies count (key-policy-default)';
    return withoutDomainPolicy(plan, input);
  }

  const scope = codeArtifactScope(resource);
  if (service === 'codeartifact' && scope === 'domain') {
    // actions on the domain are authorised by the domain policy (codeartifact domain-policies)
    plan.sides.push({
      source: 'domain',
      label: 'domain policy',
      policy: input.domainPolicy ?? input.resourcePolicy,
    });
    if (input.domainPolicy && input.resourcePolicy)
      plan.ignored.push({
        source: 'resource',
        reason: 'the request is on the domain, so the domain policy is its resource-based policy',
      });
    return plan;
  }
  if (service === 'codeartifact' && scope === 'repository') {
    // "The domain policy is evaluated for all operations against the domain and all resources
    // within the domain … if either policy allows it, the action is allowed" (domain-policies)
    plan.sides.push({
      source: 'resource',
      label: 'repository policy',
      policy: input.resourcePolicy,
    });
    plan.sides.push({ source: 'domain', label: 'domain policy', policy: input.domainPolicy });
    return plan;
  }

  const arn = parseArn(resource);
  const label = arn ? resourceLabel(arn.service, arn.resource) : 'resource-based policy';
  plan.sides.push({ source: 'resource', label, policy: input.resourcePolicy });
  if (ASSUME_ROLE.has(loweredAction)) {
    // role trust policies must explicitly allow the principal, even in the same account
    // (reference_policies_evaluation-logic_policy-eval-denyallow)
    plan.resourcePolicyRequired =
      'a role trust policy must itself allow the principal, even within one account (reference_policies_evaluation-logic_policy-eval-denyallow)';
  }
  return withoutDomainPolicy(plan, input);
}

/** A domain policy in the input plays no part in a request outside CodeArtifact. */
function withoutDomainPolicy(plan: ServicePlan, input: PlanInput): ServicePlan {
  if (input.domainPolicy)
    plan.ignored.push({
      source: 'domain',
      reason: 'the domain policy applies only to CodeArtifact requests',
    });
  return plan;
}
