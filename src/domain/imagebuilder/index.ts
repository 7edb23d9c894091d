/**
 * The EC2 Image Builder engine: semantic-version filters, the pipeline schedule (cron and the
 * start condition), a build run as build → test → distribute with its output version, and
 * lifecycle policies. Pure and deterministic; every rule cites its page by a tag from DOC_PAGES.
 *
 * What it decides, as the docs say:
 * - x wildcards select the newest matching version; after the first x every node must be x
 *   (x.2.x and 1.x.8 are errors); a versionless ARN means x.x.x (imagebuilder/ibhow-semantic-versioning);
 * - a schedule is cron(<min> <hour> <day> <month> <day-of-week> <year>) in UTC; at a match,
 *   EXPRESSION_MATCH_ONLY always builds, while the default
 *   EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE builds only when a filtered parent image or
 *   component resolves to a newer version (imagebuilder/cron-expressions, imagebuilder/API_Schedule);
 * - a build runs build, then test on an instance launched from the new image (unless image tests
 *   are disabled), then distribute; a failure stops the image at that stage; the output version is
 *   the recipe version with the next build number (imagebuilder/how-image-builder-works);
 * - copying an AMI into another account needs EC2ImageBuilderDistributionCrossAccountRole there,
 *   and for an encrypted AMI a key policy allowing that account and a role allowed to use the key;
 *   sharing by launch permission needs no role; SSM parameters and launch templates can only be
 *   written in accounts that receive the AMI (imagebuilder/cross-account-dist,
 *   imagebuilder/API_SsmParameterConfiguration);
 * - lifecycle rules deprecate (hidden, still launchable), disable (private, not launchable) or
 *   delete by age or count; deprecate and disable exist for AMIs only (imagebuilder/image-lifecycle-rules).
 *
 * Where the docs are silent, the engine decides, and says so:
 * - the first scheduled match with no earlier build builds;
 * - lifecycle counts and retainAtLeast apply per recipe name; the most severe action wins;
 * - schedules run in UTC only (a timezone other than UTC is refused).
 */
export { resolveVersion, versionMatches } from './semver';
export { cronMatches, nextCronMatch, resolveDependencies, scheduledTick } from './schedule';
export { runImageBuild } from './build';
export { previewImageLifecycle } from './lifecycle';
export {
  builtImageSchema,
  catalogSchema,
  distributionEnvironmentSchema,
  imagePipelineSchema,
  lifecyclePolicySchema,
  parseCatalog,
  parseDistributionEnvironment,
  parseImagePipeline,
  parseBuiltImage,
  parseLifecyclePolicy,
  parseResolvedDependencies,
  resolvedDependenciesSchema,
} from './schema';
export { DOC_PAGES, MAX_VERSION_NODE } from './rules';
export type * from './types';
