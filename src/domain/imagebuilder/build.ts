/**
 * One pipeline run: build → test → distribute (imagebuilder/how-image-builder-works), failing at
 * the first stage that fails, with the output version <recipe version>/<build number>.
 */
import { parseNow } from '../signer/time';
import { distribute } from './distribution';
import { dependenciesOf, recipeOf, resolvedOf } from './resolve';
import { parseCatalog, parseDistributionEnvironment, parseImagePipeline } from './schema';
import type {
  Catalog,
  DistributionEnvironment,
  ImageBuildResult,
  ImagePipeline,
  StageResult,
} from './types';

export function runImageBuild(input: {
  pipeline: ImagePipeline;
  catalog: Catalog;
  environment: DistributionEnvironment;
  previousBuilds: string[];
  now: string;
}): ImageBuildResult {
  parseNow(input.now);
  const pipeline = parseImagePipeline(input.pipeline, 'pipeline');
  const catalog = parseCatalog(input.catalog, 'catalog');
  const env = parseDistributionEnvironment(input.environment, 'environment');
  const recipe = recipeOf(pipeline);
  const kind = pipeline.imageRecipe === undefined ? 'DOCKER' : 'AMI';
  // Image Builder assigns the build number, the fourth node (imagebuilder/ibhow-semantic-versioning)
  const builds = input.previousBuilds
    .filter((b) => b.startsWith(`${recipe.version}/`))
    .map((b) => Number(b.split('/')[1]) || 0);
  const imageVersion = `${recipe.version}/${Math.max(0, ...builds) + 1}`;
  const trace = [
    `pipeline ${pipeline.name}: building ${recipe.name} ${imageVersion} in ${env.accountId}/${env.region}`,
  ];
  const deps = dependenciesOf(pipeline, catalog);
  const resolved = resolvedOf(deps);
  const stages: StageResult[] = [];
  const outputs: ImageBuildResult['outputs'] = {
    amis: [],
    containerImages: [],
    ssmParameters: [],
    launchTemplates: [],
  };
  const finish = (
    failedStage: StageResult['stage'] | null,
    reason: string | null,
  ): ImageBuildResult => {
    for (const stage of ['build', 'test', 'distribute'] as const) {
      if (!stages.some((s) => s.stage === stage))
        stages.push({ stage, status: 'not run', reason: 'an earlier stage failed' });
    }
    if (failedStage !== null)
      trace.push(`image ${imageVersion} FAILED at ${failedStage}: ${reason ?? ''}`);
    else trace.push(`image ${imageVersion} AVAILABLE`);
    return {
      status: failedStage === null ? 'AVAILABLE' : 'FAILED',
      imageVersion,
      failedStage,
      reason,
      resolved,
      stages,
      outputs,
      trace,
    };
  };
  const stage = (s: StageResult) => {
    stages.push(s);
    trace.push(`${s.stage}: ${s.status} — ${s.reason}`);
  };

  // build: resolve the filters, launch the build instance, run the build components in order
  const missing = deps.find((d) => d.resolved === null);
  if (missing !== undefined) {
    stage({
      stage: 'build',
      status: 'failed',
      reason: `no version of ${missing.kind} ${missing.name} matches ${missing.filter ?? ''} (imagebuilder/ibhow-semantic-versioning)`,
    });
    return finish('build', stages[0]!.reason);
  }
  const broken = deps.find((d) => d.type !== 'TEST' && d.fails?.phase === 'build');
  if (broken !== undefined) {
    stage({
      stage: 'build',
      status: 'failed',
      reason: `component ${broken.resolved ?? ''} failed: ${broken.fails?.reason ?? ''}${pipeline.infrastructureConfiguration.terminateInstanceOnFailure === false ? '; the build instance is kept for troubleshooting' : ''} (imagebuilder/how-image-builder-works)`,
    });
    return finish('build', stages[0]!.reason);
  }
  stage({
    stage: 'build',
    status: 'passed',
    reason: `${deps.map((d) => d.resolved).join(', ')} applied; snapshot taken (imagebuilder/how-image-builder-works)`,
  });

  // test: a new instance from the image runs the test phases, unless image tests are disabled
  if (pipeline.imageTestsConfiguration?.imageTestsEnabled === false) {
    stage({
      stage: 'test',
      status: 'skipped',
      reason:
        'image tests are disabled for this pipeline, so the image is distributed untested (imagebuilder/API_ImageTestsConfiguration)',
    });
  } else {
    const failing = deps.find((d) => d.fails?.phase === 'test');
    if (failing !== undefined) {
      stage({
        stage: 'test',
        status: 'failed',
        reason: `test in ${failing.resolved ?? ''} failed: ${failing.fails?.reason ?? ''}; a failed test stops the image before distribution (imagebuilder/how-image-builder-works)`,
      });
      return finish('test', stages[1]!.reason);
    }
    const tests = deps.filter((d) => d.type === 'TEST').map((d) => d.resolved);
    stage({
      stage: 'test',
      status: 'passed',
      reason: `${tests.length ? tests.join(', ') : 'the test phases of the components'} passed on an instance launched from the new image (imagebuilder/how-image-builder-works)`,
    });
  }

  // distribute
  const containerRepository = pipeline.containerRecipe?.targetRepository.repositoryName ?? null;
  const d = distribute(
    `${recipe.name} ${imageVersion}`,
    kind,
    pipeline.distributionConfiguration,
    env,
    containerRepository,
  );
  trace.push(...d.trace);
  Object.assign(outputs, d.outputs);
  if (d.failed !== null) {
    stages.push({ stage: 'distribute', status: 'failed', reason: d.failed });
    return finish('distribute', d.failed);
  }
  stages.push({
    stage: 'distribute',
    status: 'passed',
    reason: `${outputs.amis.length + outputs.containerImages.length} output(s) delivered`,
  });
  return finish(null, null);
}
