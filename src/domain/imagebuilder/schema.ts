/**
 * zod/mini schemas for the Image Builder engine's inputs; parse* functions throw PolicyError at
 * the JSON path of the first problem. AWS documents are strict objects, so a misspelt field is
 * reported rather than ignored.
 */
import * as z from 'zod/mini';
import { joinPath, PolicyError } from '../errors';
import { parseOrThrow, schemaParser } from '../parseOrThrow';
import { parseCron } from './cron';
import { ACCOUNT_ID, REGION, TEST_TIMEOUT_MINUTES } from './rules';
import { parseResourceArn, parseVersion } from './semver';
import type {
  BuiltImage,
  Catalog,
  DistributionEnvironment,
  ImagePipeline,
  LifecyclePolicy,
  ResolvedDependencies,
} from './types';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const pattern = (re: RegExp, what: string) => z.string().check(z.regex(re, { error: what }));
const accountId = pattern(ACCOUNT_ID, 'a 12-digit account ID');
const region = pattern(REGION, 'a Region such as us-east-1');
const version = pattern(/^\d+\.\d+\.\d+$/, '<major>.<minor>.<patch>');
const time = z.iso.datetime({ offset: true });
const component = z.strictObject({ componentArn: text(1024) });
const ecrTarget = z.strictObject({ service: z.literal('ECR'), repositoryName: text(1024) });

const catalogVersion = z.strictObject({
  version,
  publishedAt: time,
  fails: z.optional(z.strictObject({ phase: z.enum(['build', 'test']), reason: text(500) })),
});

export const catalogSchema = z.strictObject({
  components: z.record(
    text(128),
    z.strictObject({ type: z.enum(['BUILD', 'TEST']), versions: z.array(catalogVersion) }),
  ),
  images: z.record(text(128), z.strictObject({ versions: z.array(catalogVersion) })),
});

const distribution = z.strictObject({
  region,
  amiDistributionConfiguration: z.optional(
    z.strictObject({
      name: z.optional(text(127)),
      description: z.optional(text(1024)),
      targetAccountIds: z.optional(z.array(accountId).check(z.minLength(1), z.maxLength(1536))),
      kmsKeyId: z.optional(text(1024)),
      launchPermission: z.optional(
        z.strictObject({
          userIds: z.optional(z.array(accountId)),
          userGroups: z.optional(z.array(text(256))),
          organizationArns: z.optional(z.array(text(1024))),
          organizationalUnitArns: z.optional(z.array(text(1024))),
        }),
      ),
    }),
  ),
  containerDistributionConfiguration: z.optional(
    z.strictObject({
      description: z.optional(text(1024)),
      containerTags: z.optional(z.array(text(1024))),
      targetRepository: ecrTarget,
    }),
  ),
  launchTemplateConfigurations: z.optional(
    z.array(
      z.strictObject({
        launchTemplateId: pattern(
          /^lt-[a-z0-9-_]{17}$/,
          'a launch template ID, lt- and 17 characters',
        ),
        accountId: z.optional(accountId),
        setDefaultVersion: z.optional(z.boolean()),
      }),
    ),
  ),
  ssmParameterConfigurations: z.optional(
    z.array(
      z.strictObject({
        parameterName: pattern(/^[a-zA-Z0-9_./-]{1,1011}$/, 'letters, digits and _ . - /'),
        amiAccountId: z.optional(accountId),
        dataType: z.optional(z.enum(['text', 'aws:ec2:image'])),
      }),
    ),
  ),
});

const recipeFields = {
  name: text(126),
  version,
  parentImage: text(1024),
  components: z.array(component).check(z.minLength(1)),
};

export const imagePipelineSchema = z.strictObject({
  name: text(126),
  imageRecipe: z.optional(z.strictObject(recipeFields)),
  containerRecipe: z.optional(
    z.strictObject({
      ...recipeFields,
      containerType: z.literal('DOCKER'),
      targetRepository: ecrTarget,
    }),
  ),
  infrastructureConfiguration: z.strictObject({
    name: text(126),
    instanceProfileName: text(256),
    instanceTypes: z.optional(z.array(text(64))),
    terminateInstanceOnFailure: z.optional(z.boolean()),
  }),
  distributionConfiguration: z.optional(
    z.strictObject({ name: text(126), distributions: z.array(distribution).check(z.minLength(1)) }),
  ),
  imageTestsConfiguration: z.optional(
    z.strictObject({
      imageTestsEnabled: z.optional(z.boolean()),
      timeoutMinutes: z.optional(
        z.int().check(z.gte(TEST_TIMEOUT_MINUTES.min), z.lte(TEST_TIMEOUT_MINUTES.max)),
      ),
    }),
  ),
  schedule: z.optional(
    z.strictObject({
      scheduleExpression: text(1024),
      pipelineExecutionStartCondition: z.optional(
        z.enum(['EXPRESSION_MATCH_ONLY', 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE']),
      ),
      timezone: z.optional(text(100)),
    }),
  ),
  status: z.optional(z.enum(['ENABLED', 'DISABLED'])),
});

export const distributionEnvironmentSchema = z.strictObject({
  accountId,
  region,
  accounts: z.record(
    accountId,
    z.strictObject({ distributionRole: z.boolean(), roleCanUseKeys: z.optional(z.boolean()) }),
  ),
  kmsKeys: z.optional(
    z.record(text(2048), z.strictObject({ allowedAccounts: z.array(accountId) })),
  ),
});

export const resolvedDependenciesSchema = z.strictObject({
  parentImage: text(1024),
  components: z.array(text(1024)),
});

const unit = z.enum(['DAYS', 'WEEKS', 'MONTHS', 'YEARS']);
const tagMap = z.record(text(128), z.string());
/** Where an AMI went: what a built image records and what a lifecycle exclusion rule matches. */
const amiDistribution = {
  isPublic: z.optional(z.boolean()),
  regions: z.optional(z.array(region)),
  sharedAccounts: z.optional(z.array(accountId)),
};

export const lifecyclePolicySchema = z.strictObject({
  name: text(128),
  status: z.optional(z.enum(['ENABLED', 'DISABLED'])),
  resourceType: z.enum(['AMI_IMAGE', 'CONTAINER_IMAGE']),
  policyDetails: z
    .array(
      z.strictObject({
        action: z.strictObject({
          type: z.enum(['DEPRECATE', 'DISABLE', 'DELETE']),
          includeResources: z.optional(
            z.strictObject({
              amis: z.optional(z.boolean()),
              snapshots: z.optional(z.boolean()),
              containers: z.optional(z.boolean()),
            }),
          ),
        }),
        filter: z.strictObject({
          type: z.enum(['AGE', 'COUNT']),
          value: z.int().check(z.gte(1), z.lte(1000)),
          unit: z.optional(unit),
          retainAtLeast: z.optional(z.int().check(z.gte(1), z.lte(10))),
        }),
        exclusionRules: z.optional(
          z.strictObject({
            tagMap: z.optional(tagMap),
            amis: z.optional(z.strictObject({ ...amiDistribution, tagMap: z.optional(tagMap) })),
          }),
        ),
      }),
    )
    .check(z.minLength(1)),
  resourceSelection: z.strictObject({
    recipes: z.optional(z.array(z.strictObject({ name: text(128), semanticVersion: text(128) }))),
    tagMap: z.optional(tagMap),
  }),
});

export const builtImageSchema = z.strictObject({
  name: text(128),
  version: pattern(/^\d+\.\d+\.\d+\/\d+$/, '<major>.<minor>.<patch>/<build>'),
  type: z.enum(['AMI', 'DOCKER']),
  dateCreated: time,
  status: z.optional(z.enum(['AVAILABLE', 'DEPRECATED', 'DISABLED'])),
  tags: z.optional(tagMap),
  ami: z.optional(z.strictObject({ ...amiDistribution, tags: z.optional(tagMap) })),
});

// The casts below only narrow `T | undefined` optionals to `T?` (exactOptionalPropertyTypes):
// parsed JSON never holds an explicit undefined.
export function parseImagePipeline(value: unknown, at = ''): ImagePipeline {
  const pipeline = parseOrThrow(imagePipelineSchema, value, at) as ImagePipeline;
  const recipes = [pipeline.imageRecipe, pipeline.containerRecipe].filter((r) => r !== undefined);
  // a pipeline builds from one image recipe or one container recipe (imagebuilder/how-image-builder-works)
  if (recipes.length !== 1) {
    throw new PolicyError(
      joinPath(at, 'imageRecipe'),
      'give exactly one of imageRecipe and containerRecipe',
    );
  }
  const key = pipeline.imageRecipe === undefined ? 'containerRecipe' : 'imageRecipe';
  recipes[0]!.components.forEach((c, i) => {
    const p = joinPath(at, `${key}.components[${i}].componentArn`);
    if (parseResourceArn(c.componentArn, 'component', p) === null) {
      throw new PolicyError(
        p,
        'an Image Builder component ARN: arn:aws:imagebuilder:<region>:<owner>:component/<name>/<version>',
      );
    }
  });
  parseVersion(recipes[0]!.version, joinPath(at, `${key}.version`));
  pipeline.distributionConfiguration?.distributions.forEach((d, i) => {
    const wrong =
      key === 'imageRecipe' ? d.containerDistributionConfiguration : d.amiDistributionConfiguration;
    if (wrong !== undefined) {
      throw new PolicyError(
        joinPath(at, `distributionConfiguration.distributions[${i}]`),
        key === 'imageRecipe'
          ? 'an AMI pipeline distributes AMIs, not container images'
          : 'a container pipeline distributes container images, not AMIs',
      );
    }
  });
  if (pipeline.schedule !== undefined) {
    try {
      parseCron(pipeline.schedule.scheduleExpression);
    } catch (error) {
      if (error instanceof PolicyError) throw error.under(joinPath(at, 'schedule'));
      throw error;
    }
    const tz = pipeline.schedule.timezone;
    if (tz !== undefined && tz !== 'UTC' && tz !== 'Etc/UTC') {
      throw new PolicyError(
        joinPath(at, 'schedule.timezone'),
        'the simulator keeps its clock in UTC; leave timezone out or use Etc/UTC',
      );
    }
  }
  return pipeline;
}

export const parseResolvedDependencies = schemaParser<ResolvedDependencies>(
  resolvedDependenciesSchema,
);
export const parseBuiltImage = schemaParser<BuiltImage>(builtImageSchema);
export const parseCatalog = schemaParser<Catalog>(catalogSchema);
export const parseDistributionEnvironment = schemaParser<DistributionEnvironment>(
  distributionEnvironmentSchema,
);

export function parseLifecyclePolicy(value: unknown, at = ''): LifecyclePolicy {
  const policy = parseOrThrow(lifecyclePolicySchema, value, at) as LifecyclePolicy;
  policy.policyDetails.forEach((d, i) => {
    const p = joinPath(at, `policyDetails[${i}]`);
    // deprecate and disable rules are not available for container images (imagebuilder/image-lifecycle-rules)
    if (policy.resourceType === 'CONTAINER_IMAGE' && d.action.type !== 'DELETE') {
      throw new PolicyError(
        `${p}.action.type`,
        `${d.action.type} is not available for container images; only DELETE is`,
      );
    }
    if (d.filter.type === 'AGE' && d.filter.unit === undefined) {
      throw new PolicyError(
        `${p}.filter.unit`,
        'an AGE filter needs a unit: DAYS, WEEKS, MONTHS or YEARS',
      );
    }
    if (
      d.filter.type === 'COUNT' &&
      (d.filter.unit !== undefined || d.filter.retainAtLeast !== undefined)
    ) {
      throw new PolicyError(`${p}.filter`, 'a COUNT filter takes only a value');
    }
  });
  // resource selection by recipes or by tags (imagebuilder/create-lifecycle-policies)
  if (
    policy.resourceSelection.recipes === undefined &&
    policy.resourceSelection.tagMap === undefined
  ) {
    throw new PolicyError(
      joinPath(at, 'resourceSelection'),
      'select resources by recipes or by tagMap',
    );
  }
  return policy;
}
