/**
 * Amazon ECR lifecycle policies: the parser validates a policy as ECR does, the preview answers
 * "which images would this policy expire or archive right now", with a trace in words.
 *
 * Doc pages (https://docs.aws.amazon.com/AmazonECR/latest/userguide/<slug>.html) named in the
 * comments below:
 *   lifecycle_policy_parameters – the properties and what each allows
 *   LifecyclePolicies           – "Lifecycle policy evaluation rules"
 *   lifecycle_policy_examples   – the template and the worked examples (tests/vectors/lifecycle)
 *   archive-image               – the archive storage class and its 90-day minimum
 *   service-quotas              – 50 rules, 30,720 characters
 *   AWSCloudFormation …-ecr-repository-lifecyclepolicy – LifecyclePolicyText 100–30,720 chars
 */
export * from './ecr-types';
export { compileGlob } from './ecr-glob';
export { previewEcrLifecycle } from './ecr-preview';
export {
  parseEcrLifecyclePolicy,
  printEcrLifecyclePolicy,
  validateEcrLifecyclePolicy,
} from './ecr-validate';
