// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseImagePipeline, runImageBuild } from '../../../src/domain/imagebuilder';
import type { Catalog, ImagePipeline } from '../../../src/domain/imagebuilder';
import { ARN, catalog, environment, pipeline } from './fixtures';

const run = (p: ImagePipeline = pipeline, c: Catalog = catalog, previousBuilds: string[] = []) =>
  runImageBuild({
    pipeline: p,
    catalog: c,
    environment,
    previousBuilds,
    now: '2026-03-01T00:00:00Z',
  });

const failing = (name: string, phase: 'build' | 'test'): Catalog => {
  const entry = catalog.components[name]!;
  return {
    ...catalog,
    components: {
      ...catalog.components,
      [name]: {
        ...entry,
        versions: entry.versions.map((v) => ({
          ...v,
          fails: { phase, reason: `${name} exited 1` },
        })),
      },
    },
  };
};

describe('a pipeline run (imagebuilder/how-image-builder-works)', () => {
  it('builds, tests and distributes, resolving each filter to the newest match', () => {
    const r = run();
    expect(r.status).toBe('AVAILABLE');
    expect(r.stages.map((s) => `${s.stage}:${s.status}`)).toEqual([
      'build:passed',
      'test:passed',
      'distribute:passed',
    ]);
    expect(r.resolved).toEqual({
      parentImage: 'amazon-linux-2023-x86/2026.2.0',
      components: ['update-linux/1.0.1', 'cis-hardening/2.3.0', 'reboot-test-linux/1.0.0'],
    });
    expect(r.outputs.amis).toEqual([
      { region: 'us-east-1', accountId: '111122223333', name: 'golden-al2023 1.0.0/1' },
    ]);
  });

  it('numbers builds of the same recipe version (imagebuilder/ibhow-semantic-versioning)', () => {
    expect(run(pipeline, catalog, ['1.0.0/1', '1.0.0/2', '0.9.0/7']).imageVersion).toBe('1.0.0/3');
  });

  it('fails at build when a build component fails, and runs nothing after it', () => {
    const r = run(pipeline, failing('cis-hardening', 'build'));
    expect(r).toMatchObject({ status: 'FAILED', failedStage: 'build' });
    expect(r.stages.map((s) => s.status)).toEqual(['failed', 'not run', 'not run']);
    expect(r.outputs.amis).toEqual([]);
  });

  it('fails at test when a test fails, so nothing is distributed', () => {
    const r = run(pipeline, failing('reboot-test-linux', 'test'));
    expect(r).toMatchObject({ status: 'FAILED', failedStage: 'test' });
    expect(r.reason).toMatch(/reboot-test-linux/);
    expect(r.outputs.amis).toEqual([]);
  });

  it('distributes an untested image when image tests are disabled', () => {
    const r = run(
      { ...pipeline, imageTestsConfiguration: { imageTestsEnabled: false } },
      failing('reboot-test-linux', 'test'),
    );
    expect(r.status).toBe('AVAILABLE');
    expect(r.stages[1]).toMatchObject({ stage: 'test', status: 'skipped' });
  });

  it('fails at build when a filter matches nothing', () => {
    const p: ImagePipeline = {
      ...pipeline,
      imageRecipe: {
        ...pipeline.imageRecipe!,
        components: [{ componentArn: `${ARN}:component/update-linux/2.x.x` }],
      },
    };
    expect(run(p).reason).toMatch(/no version of component update-linux matches 2\.x\.x/);
  });

  it('writes SSM parameters and launch templates only in accounts that receive the AMI', () => {
    const dist = (accountId: string): ImagePipeline => ({
      ...pipeline,
      distributionConfiguration: {
        name: 'dist',
        distributions: [
          {
            region: 'us-east-1',
            amiDistributionConfiguration: { targetAccountIds: ['444455556666'] },
            ssmParameterConfigurations: [
              {
                parameterName: '/golden/al2023/latest',
                amiAccountId: accountId,
                dataType: 'aws:ec2:image',
              },
            ],
            launchTemplateConfigurations: [
              { launchTemplateId: 'lt-0123456789abcdef0', setDefaultVersion: true },
            ],
          },
        ],
      },
    });
    const ok = run(dist('444455556666'));
    expect(ok.outputs.ssmParameters).toEqual([
      {
        region: 'us-east-1',
        accountId: '444455556666',
        parameterName: '/golden/al2023/latest',
        dataType: 'aws:ec2:image',
      },
    ]);
    expect(ok.outputs.launchTemplates[0]).toMatchObject({
      accountId: '111122223333',
      setDefaultVersion: true,
    });
    const bad = run(dist('777788889999'));
    expect(bad).toMatchObject({ status: 'FAILED', failedStage: 'distribute' });
  });

  it('pushes a container recipe to its ECR repository', () => {
    const { imageRecipe, ...rest } = pipeline;
    const container: ImagePipeline = {
      ...rest,
      containerRecipe: {
        ...imageRecipe!,
        containerType: 'DOCKER',
        targetRepository: { service: 'ECR', repositoryName: 'golden/app' },
      },
    };
    const r = run(container);
    expect(r.outputs.containerImages).toEqual([
      { region: 'us-east-1', repositoryName: 'golden/app', tags: [] },
    ]);
    expect(r.outputs.amis).toEqual([]);
  });
});

describe('pipeline validation', () => {
  it('needs exactly one recipe', () => {
    const { imageRecipe: _, ...none } = pipeline;
    expect(() => parseImagePipeline(none)).toThrow(/imageRecipe: give exactly one/);
  });

  it('locates a bad component ARN and a bad schedule', () => {
    const badArn = {
      ...pipeline,
      imageRecipe: { ...pipeline.imageRecipe!, components: [{ componentArn: 'update-linux' }] },
    };
    expect(() => parseImagePipeline(badArn)).toThrow(/imageRecipe\.components\[0\]\.componentArn/);
    const badCron = { ...pipeline, schedule: { scheduleExpression: 'rate(1 day)' } };
    expect(() => parseImagePipeline(badCron)).toThrow(/schedule\.scheduleExpression/);
    const badFilter = {
      ...pipeline,
      imageRecipe: {
        ...pipeline.imageRecipe!,
        components: [{ componentArn: `${ARN}:component/update-linux/x.1.x` }],
      },
    };
    expect(() => parseImagePipeline(badFilter)).toThrow(/every node after the first x/);
  });
});
