/**
 * API SKETCH (first commit): types and signatures are final; bodies follow in the next commits.
 *
 * The EC2 Image Builder engine: semantic-version filters, the pipeline schedule (cron and the
 * start condition), a build run as build → test → distribute with its output version, and
 * lifecycle policies (deprecate / disable / delete).
 *
 * Doc pages (trace tags in brackets; https://docs.aws.amazon.com/imagebuilder/latest/userguide/<slug>.html
 * unless an API_ page): [imagebuilder/ibhow-semantic-versioning], [imagebuilder/cron-expressions],
 * [imagebuilder/API_Schedule], [imagebuilder/cross-account-dist], [imagebuilder/image-lifecycle-rules],
 * [imagebuilder/API_SsmParameterConfiguration], [imagebuilder/API_AmiDistributionConfiguration]
 */
import type {
  BuiltImage,
  Catalog,
  DistributionEnvironment,
  ImageBuildResult,
  ImagePipeline,
  LifecyclePolicy,
  LifecyclePreview,
  ResolvedDependencies,
  ScheduleDecision,
} from './types';

export type * from './types';

const SKETCH = 'API sketch: not implemented yet';

/** The newest version a semantic-version filter (1.x.x, x.x.x, 1.6.x, 1.2.3) selects, or null. */
export function resolveVersion(_filter: string, _versions: string[]): string | null {
  throw new Error(SKETCH);
}

/** Whether a cron(...) schedule expression matches the minute of `now` (UTC). */
export function cronMatches(_scheduleExpression: string, _now: string): boolean {
  throw new Error(SKETCH);
}

/** The first minute after `after` that the expression matches, within five years, or null. */
export function nextCronMatch(_scheduleExpression: string, _after: string): string | null {
  throw new Error(SKETCH);
}

/** The versions the recipe's filters resolve to in the catalog right now. */
export function resolveDependencies(
  _pipeline: ImagePipeline,
  _catalog: Catalog,
): { resolved: ResolvedDependencies | null; trace: string[] } {
  throw new Error(SKETCH);
}

/** A scheduled tick: does the pipeline start a build (cron match, then the start condition)? */
export function scheduledTick(
  _pipeline: ImagePipeline,
  _catalog: Catalog,
  _lastBuild: ResolvedDependencies | null,
  _now: string,
): ScheduleDecision {
  throw new Error(SKETCH);
}

/** One pipeline run: build → test → distribute, failing at the first stage that fails. */
export function runImageBuild(_input: {
  pipeline: ImagePipeline;
  catalog: Catalog;
  environment: DistributionEnvironment;
  /** Build versions of this recipe made before, e.g. ["1.0.0/1", "1.0.0/2"]. */
  previousBuilds: string[];
  now: string;
}): ImageBuildResult {
  throw new Error(SKETCH);
}

/** What an Image Builder lifecycle policy would do to these images now. */
export function previewImageLifecycle(
  _policy: LifecyclePolicy,
  _images: BuiltImage[],
  _now: string,
): LifecyclePreview {
  throw new Error(SKETCH);
}

/** Parsers: zod/mini schemas, throwing PolicyError at the JSON path of the first problem. */
export function parseImagePipeline(_value: unknown, _at?: string): ImagePipeline {
  throw new Error(SKETCH);
}
export function parseCatalog(_value: unknown, _at?: string): Catalog {
  throw new Error(SKETCH);
}
export function parseDistributionEnvironment(
  _value: unknown,
  _at?: string,
): DistributionEnvironment {
  throw new Error(SKETCH);
}
export function parseLifecyclePolicy(_value: unknown, _at?: string): LifecyclePolicy {
  throw new Error(SKETCH);
}
