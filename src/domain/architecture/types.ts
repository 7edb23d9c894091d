/**
 * The end-to-end artifact architecture the architecture sandbox simulates: a tooling account
 * that produces artifacts (CodeArtifact, ECR, an artifact bucket, Image Builder, Signer, a
 * CodeBuild project), workload accounts that deploy them (a deploy role, a Lambda function, an
 * ECS service), and a DR Region. Plain JSON, with the field names the AWS APIs use wherever an
 * engine models the thing (ECR registry settings, Signer profiles, code signing configurations,
 * Image Builder pipelines, IAM policies).
 */
import type { PolicyInput } from '../access';
import type { CodeArtifactDomain, PackageFormat } from '../codeartifact';
import type {
  EventBridgeRule,
  Registry,
  RegistryScanningConfiguration,
  ReplicationConfiguration,
  SigningConfiguration,
  Vulnerability,
} from '../ecr';
import type {
  Catalog,
  DistributionEnvironment,
  ImagePipeline,
  ResolvedDependencies,
} from '../imagebuilder';
import type { CodeSigningConfig, Signature, SigningProfile, TrustPolicyDocument } from '../signer';

/** The VPC endpoints a private subnet can have (the only way out when it has no NAT). */
export type VpcEndpoint =
  'codeartifact.api' | 'codeartifact.repositories' | 'ecr.api' | 'ecr.dkr' | 's3';

export interface Network {
  /** No route to the internet: AWS services only through the endpoints listed. */
  private: boolean;
  endpoints: VpcEndpoint[];
}

export interface Dependency {
  format: PackageFormat;
  name: string;
  version: string;
}

export interface BuildProject {
  name: string;
  roleArn: string;
  /** The build role's identity policies (what it may push, upload, sign, import). */
  identityPolicies: PolicyInput[];
  /** CodeBuild's privileged mode: the only way to reach a Docker daemon. */
  privilegedMode: boolean;
  network: Network;
  /** Where the build installs packages from. */
  dependencySource: 'codeartifact' | 's3';
  /** The CodeArtifact repository npm points at. */
  repository: string;
  dependencies: Dependency[];
  /** The CodeArtifact token the build fetched in pre_build (null: never fetched). */
  token: { expiresAt: string | null } | null;
  /** The Dockerfile's FROM: a pull through cache URI in our registry, or an upstream one. */
  baseImage: string;
  /** The Lambda function's code: a .zip package or a container image, and its unzipped size. */
  lambdaPackage: { type: 'Zip' | 'Image'; unzippedMb: number };
}

export interface ArtifactObject {
  key: string;
  versionId: string;
  createdAt: string;
  sizeBytes: number;
  /** SSE-S3, SSE-KMS with the AWS managed key aws/s3, or SSE-KMS with the bucket's customer key. */
  encryption: 'SSE-S3' | 'aws/s3' | 'customer-key';
  lock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; retainUntil: string };
  /** The Signer signature that came with it, when it was signed. */
  signatureJobId?: string;
}

export interface ArtifactBucket {
  name: string;
  /** Default encryption for new objects. */
  defaultEncryption: ArtifactObject['encryption'];
  keyArn: string;
  keyPolicy: PolicyInput;
  bucketPolicy: PolicyInput;
  /** S3 lifecycle configuration JSON, or null for none. */
  lifecycle: string | null;
  /** Object Lock default retention, applied to every new version. */
  objectLock: { mode: 'GOVERNANCE' | 'COMPLIANCE'; days: number } | null;
  objects: ArtifactObject[];
}

export interface ToolingAccount {
  accountId: string;
  build: BuildProject;
  codeartifact: CodeArtifactDomain;
  /** The tooling registry in the primary Region. */
  registry: Registry;
  scanning: RegistryScanningConfiguration | null;
  replication: ReplicationConfiguration | null;
  signing: SigningConfiguration | null;
  eventRules: EventBridgeRule[];
  /** Vulnerabilities the scanner will find in the release image. */
  imageVulnerabilities: Vulnerability[];
  bucket: ArtifactBucket;
  signer: { profiles: SigningProfile[]; profileName: string; signatures: Signature[] };
  imageBuilder: {
    pipeline: ImagePipeline;
    catalog: Catalog;
    environment: DistributionEnvironment;
    builds: string[];
    lastBuild: ResolvedDependencies | null;
  };
}

export interface LambdaFunction {
  functionName: string;
  codeSigningConfig: CodeSigningConfig | null;
  /** Published versions, oldest first; the alias points at the last one. */
  versions: { version: number; artifactKey: string; signatureJobId: string | null }[];
}

export interface EcsService {
  name: string;
  /** What the task definition names: `repository:tag` or `repository@sha256:…`. */
  image: string;
  network: Network;
  /** The digest running now, or null before the first deployment. */
  running: string | null;
  /**
   * A verification step before deployment (Notation with the AWS Signer plugin, or an admission
   * controller) and the trust policy it applies; absent or null: nothing checks signatures.
   */
  verification?: TrustPolicyDocument | null;
}

export interface WorkloadAccount {
  name: string;
  accountId: string;
  region: string;
  deployRole: { arn: string; identityPolicies: PolicyInput[]; permissionsBoundary?: PolicyInput };
  scps: PolicyInput[];
  lambda: LambdaFunction;
  ecs: EcsService;
}

export interface Release {
  version: string;
  repository: string;
  tag: string;
  artifactKey: string;
}

export type StageId = 'install' | 'build' | 'sign' | 'push' | 'scan' | 'replicate' | 'deploy';

export type StageStatus = 'passed' | 'failed' | 'not run';

export interface StageRecord {
  status: StageStatus;
  reason: string;
}

export interface ArchitectureScenario {
  now: string;
  regions: { primary: string; dr: string };
  tooling: ToolingAccount;
  workloads: WorkloadAccount[];
  /** Registries that receive replicas: the DR Region's and the workload accounts'. */
  replicaRegistries: Registry[];
  release: Release;
  /** Fault toggles that are on; the scenario is read with them applied. */
  faults: string[];
  /** The last release run, stage by stage; a re-run resumes at the stage that failed. */
  lastRun: Partial<Record<StageId, StageRecord>> | null;
  /** The digest the last build produced. */
  builtDigest: string | null;
}
