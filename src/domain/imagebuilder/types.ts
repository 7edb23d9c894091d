/**
 * EC2 Image Builder as the simulator models it: recipes, pipelines, schedules, distribution and
 * lifecycle policies with the field names of the Image Builder API (CreateImageRecipe,
 * CreateContainerRecipe, CreateImagePipeline, CreateDistributionConfiguration,
 * CreateLifecyclePolicy). Versions are semantic versions <major>.<minor>.<patch>[/<build>].
 */

/** A version of a component, parent image or container base that exists in the account. */
export interface CatalogVersion {
  /** <major>.<minor>.<patch> */
  version: string;
  /** When it was published; used to say what is new since the last build. */
  publishedAt: string;
  /** Scenario knob: the component fails in this phase, with this message. */
  fails?: { phase: 'build' | 'test'; reason: string };
}

export interface CatalogComponent {
  /** BUILD components run while building; TEST components in the test stage. */
  type: 'BUILD' | 'TEST';
  versions: CatalogVersion[];
}

/** What the account can choose from: components and parent images by name. */
export interface Catalog {
  components: Record<string, CatalogComponent>;
  images: Record<string, { versions: CatalogVersion[] }>;
}

/** A recipe's component reference: an Image Builder component ARN whose version may use x. */
export interface ComponentConfiguration {
  /** arn:aws:imagebuilder:<region>:<owner>:component/<name>/<version filter> */
  componentArn: string;
}

export interface ImageRecipe {
  name: string;
  /** <major>.<minor>.<patch>: the output image's version. */
  version: string;
  /** An Image Builder image ARN (version may use x), or an AMI ID (no version to follow). */
  parentImage: string;
  components: ComponentConfiguration[];
}

export interface ContainerRecipe {
  name: string;
  version: string;
  containerType: 'DOCKER';
  parentImage: string;
  components: ComponentConfiguration[];
  targetRepository: { service: 'ECR'; repositoryName: string };
}

export interface ImageTestsConfiguration {
  /** Default true. */
  imageTestsEnabled?: boolean;
  timeoutMinutes?: number;
}

export interface InfrastructureConfiguration {
  name: string;
  instanceProfileName: string;
  instanceTypes?: string[];
  terminateInstanceOnFailure?: boolean;
}

export interface LaunchPermissionConfiguration {
  userIds?: string[];
  userGroups?: string[];
  organizationArns?: string[];
  organizationalUnitArns?: string[];
}

export interface AmiDistributionConfiguration {
  name?: string;
  description?: string;
  /** Copies the AMI into these accounts (they own their copy). */
  targetAccountIds?: string[];
  kmsKeyId?: string;
  /** Shares the AMI (the owner keeps it). */
  launchPermission?: LaunchPermissionConfiguration;
}

export interface ContainerDistributionConfiguration {
  description?: string;
  containerTags?: string[];
  targetRepository: { service: 'ECR'; repositoryName: string };
}

export interface LaunchTemplateConfiguration {
  launchTemplateId: string;
  accountId?: string;
  setDefaultVersion?: boolean;
}

export interface SsmParameterConfiguration {
  parameterName: string;
  amiAccountId?: string;
  dataType?: 'text' | 'aws:ec2:image';
}

export interface Distribution {
  region: string;
  amiDistributionConfiguration?: AmiDistributionConfiguration;
  containerDistributionConfiguration?: ContainerDistributionConfiguration;
  launchTemplateConfigurations?: LaunchTemplateConfiguration[];
  ssmParameterConfigurations?: SsmParameterConfiguration[];
}

export interface DistributionConfiguration {
  name: string;
  distributions: Distribution[];
}

export type PipelineExecutionStartCondition =
  'EXPRESSION_MATCH_ONLY' | 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE';

export interface Schedule {
  /** cron(<minute> <hour> <day> <month> <day-of-week> <year>) */
  scheduleExpression: string;
  /** Default EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE (API_Schedule). */
  pipelineExecutionStartCondition?: PipelineExecutionStartCondition;
  timezone?: string;
}

export interface ImagePipeline {
  name: string;
  imageRecipe?: ImageRecipe;
  containerRecipe?: ContainerRecipe;
  infrastructureConfiguration: InfrastructureConfiguration;
  distributionConfiguration?: DistributionConfiguration;
  imageTestsConfiguration?: ImageTestsConfiguration;
  schedule?: Schedule;
  status?: 'ENABLED' | 'DISABLED';
}

/** The accounts and keys distribution reaches, and what each has set up. */
export interface DistributionEnvironment {
  /** The account and Region the pipeline runs in. */
  accountId: string;
  region: string;
  /** Per target account: whether EC2ImageBuilderDistributionCrossAccountRole exists there. */
  accounts: Record<string, { distributionRole: boolean; roleCanUseKeys?: boolean }>;
  /** Per KMS key (ID or ARN): the accounts its key policy lets use it. */
  kmsKeys?: Record<string, { allowedAccounts: string[] }>;
}

/** The versions a build resolved its filters to: what "dependency updates" compare. */
export interface ResolvedDependencies {
  /** name/version, e.g. amazon-linux-2023-x86/2024.1.3; an AMI ID as given. */
  parentImage: string;
  components: string[];
}

export type BuildStage = 'build' | 'test' | 'distribute';

export interface StageResult {
  stage: BuildStage;
  status: 'passed' | 'failed' | 'skipped' | 'not run';
  reason: string;
}

export interface DistributedAmi {
  region: string;
  accountId: string;
  name: string;
  kmsKeyId?: string;
  launchPermission?: LaunchPermissionConfiguration;
}

export interface ImageBuildResult {
  status: 'AVAILABLE' | 'FAILED';
  /** <recipe version>/<build number>, e.g. 1.0.0/3. */
  imageVersion: string;
  failedStage: BuildStage | null;
  reason: string | null;
  resolved: ResolvedDependencies | null;
  stages: StageResult[];
  outputs: {
    amis: DistributedAmi[];
    containerImages: { region: string; repositoryName: string; tags: string[] }[];
    ssmParameters: { region: string; accountId: string; parameterName: string; dataType: string }[];
    launchTemplates: {
      region: string;
      accountId: string;
      launchTemplateId: string;
      setDefaultVersion: boolean;
    }[];
  };
  trace: string[];
}

export interface ScheduleDecision {
  /** Whether the cron expression matches this minute. */
  expressionMatches: boolean;
  build: boolean;
  startCondition: PipelineExecutionStartCondition;
  /** Dependencies whose resolved version changed since the last build. */
  updates: string[];
  trace: string[];
}

// ---------------------------------------------------------------------------------------------
// Lifecycle policies

export type LifecycleActionType = 'DEPRECATE' | 'DISABLE' | 'DELETE';
export type TimeUnit = 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS';

/** Where an AMI went: what a built image records and what a lifecycle exclusion rule matches. */
export interface AmiDistribution {
  isPublic?: boolean;
  regions?: string[];
  sharedAccounts?: string[];
}

export interface LifecyclePolicyDetail {
  action: {
    type: LifecycleActionType;
    includeResources?: { amis?: boolean; snapshots?: boolean; containers?: boolean };
  };
  filter: { type: 'AGE' | 'COUNT'; value: number; unit?: TimeUnit; retainAtLeast?: number };
  exclusionRules?: {
    tagMap?: Record<string, string>;
    amis?: AmiDistribution & { tagMap?: Record<string, string> };
  };
}

export interface LifecyclePolicy {
  name: string;
  status?: 'ENABLED' | 'DISABLED';
  resourceType: 'AMI_IMAGE' | 'CONTAINER_IMAGE';
  policyDetails: LifecyclePolicyDetail[];
  resourceSelection: {
    recipes?: { name: string; semanticVersion: string }[];
    tagMap?: Record<string, string>;
  };
}

/** An image resource Image Builder made. */
export interface BuiltImage {
  /** The recipe name. */
  name: string;
  /** <major>.<minor>.<patch>/<build> */
  version: string;
  type: 'AMI' | 'DOCKER';
  dateCreated: string;
  status?: 'AVAILABLE' | 'DEPRECATED' | 'DISABLED';
  tags?: Record<string, string>;
  ami?: AmiDistribution & { tags?: Record<string, string> };
}

export interface LifecycleAction {
  /** name/version of the image. */
  image: string;
  action: LifecycleActionType;
  /** Index of the policy detail (rule) that decided it. */
  rule: number;
}

export interface LifecyclePreview {
  actions: LifecycleAction[];
  trace: string[];
}
