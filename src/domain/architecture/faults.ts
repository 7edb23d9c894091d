/**
 * Faults a learner can switch on: each is one real misconfiguration, applied to the scenario as
 * it is read, so switching it off restores exactly what was there. Each names the trap it
 * teaches and the stage where it shows.
 */
import type { PolicyInput } from '../access';
import {
  build,
  releaseRepo,
  releaseRepoEdit,
  tooling,
  workload,
  workloadPart,
} from './scenario-edits';
import type { ArchitectureScenario, StageId } from './types';

export interface Fault {
  id: string;
  /** The checkbox label. */
  label: string;
  stage: StageId;
  traps: string[];
  apply: (s: ArchitectureScenario) => ArchitectureScenario;
}

type Statement = Record<string, unknown>;

const statementsOf = (doc: PolicyInput): Statement[] => {
  const raw = (doc as { Statement?: unknown }).Statement;
  return (Array.isArray(raw) ? raw : raw ? [raw] : []) as Statement[];
};

const withStatements = (doc: PolicyInput, statements: Statement[]): PolicyInput => ({
  ...doc,
  Statement: statements,
});

/** The policy without `action` in any Allow statement (statements left empty are dropped). */
function withoutAction(doc: PolicyInput, action: string): PolicyInput {
  const lower = action.toLowerCase();
  const kept = statementsOf(doc).flatMap((st) => {
    if (st.Effect !== 'Allow') return [st];
    const actions = ([] as unknown[]).concat(st.Action ?? []).map(String);
    const left = actions.filter((a) => a.toLowerCase() !== lower);
    if (left.length === actions.length) return [st];
    return left.length ? [{ ...st, Action: left }] : [];
  });
  return withStatements(doc, kept);
}

/** The policy with every mention of `from` in principals replaced by `to`. */
function replacingPrincipal(doc: PolicyInput, from: string, to: string): PolicyInput {
  return JSON.parse(JSON.stringify(doc).split(from).join(to)) as PolicyInput;
}

/** The first workload's deploy role without `action` in its identity policies. */
const deployRoleWithout = (s: ArchitectureScenario, action: string) =>
  workloadPart(s, 'deployRole', {
    identityPolicies: workload(s).deployRole.identityPolicies.map((p) => withoutAction(p, action)),
  });

const OTHER_ACCOUNT = '999999999999';
/** `doc` naming another account wherever it named the first workload's. */
const withoutWorkloadAccount = (s: ArchitectureScenario, doc: PolicyInput) =>
  replacingPrincipal(doc, workload(s).accountId, OTHER_ACCOUNT);
const HOUR = 3_600_000;

export const FAULTS: Fault[] = [
  {
    id: 'npm-outage',
    label: 'npmjs is down (the public registry behind the external connection)',
    stage: 'install',
    traps: ['intermediate-retention'],
    apply: (s) =>
      tooling(s, {
        codeartifact: {
          ...s.tooling.codeartifact,
          registries: Object.fromEntries(
            Object.entries(s.tooling.codeartifact.registries).map(([name, r]) => [
              name,
              name === 'public:npmjs' ? { ...r, available: false } : r,
            ]),
          ),
        },
      }),
  },
  {
    id: 'token-expired',
    label: 'CodeArtifact token expired (fetched over 12 hours ago)',
    stage: 'install',
    traps: ['codeartifact-token-duration', 'token-not-revocable'],
    apply: (s) =>
      build(s, { token: { expiresAt: new Date(Date.parse(s.now) - HOUR).toISOString() } }),
  },
  {
    id: 'deps-in-s3',
    label: 'Build installs npm packages from tarballs in an S3 bucket',
    stage: 'install',
    traps: ['npm-in-s3'],
    apply: (s) => build(s, { dependencySource: 's3' }),
  },
  {
    id: 'build-no-s3-endpoint',
    label: 'Build subnet has no S3 gateway endpoint',
    stage: 'install',
    traps: ['codeartifact-vpc-s3-endpoint'],
    apply: (s) =>
      build(s, {
        network: {
          ...s.tooling.build.network,
          endpoints: s.tooling.build.network.endpoints.filter((e) => e !== 's3'),
        },
      }),
  },
  {
    id: 'not-privileged',
    label: 'CodeBuild project without privileged mode',
    stage: 'build',
    traps: ['docker-privileged-mode'],
    apply: (s) => build(s, { privilegedMode: false }),
  },
  {
    id: 'from-docker-hub',
    label: 'Dockerfile pulls its base image from Docker Hub, not through the cache',
    stage: 'build',
    traps: ['pull-through-cache-first-pull'],
    apply: (s) =>
      build(s, {
        baseImage: s.tooling.build.baseImage.replace(/^.*?\/docker-hub\//, 'docker.io/'),
      }),
  },
  {
    id: 'no-import-permission',
    label: 'Build role lacks ecr:BatchImportUpstreamImage',
    stage: 'build',
    traps: ['pull-through-cache-first-pull'],
    apply: (s) =>
      build(s, {
        identityPolicies: s.tooling.build.identityPolicies.map((p) =>
          withoutAction(p, 'ecr:BatchImportUpstreamImage'),
        ),
      }),
  },
  {
    id: 'lambda-too-big',
    label: 'Lambda .zip is 300 MB unzipped',
    stage: 'build',
    traps: ['lambda-package-paths-and-size'],
    apply: (s) => build(s, { lambdaPackage: { type: 'Zip', unzippedMb: 300 } }),
  },
  {
    id: 'lambda-unsigned',
    label: 'Release package is not signed',
    stage: 'sign',
    traps: ['lambda-warn-vs-enforce'],
    apply: (s) => tooling(s, { signer: { ...s.tooling.signer, profileName: '' } }),
  },
  {
    id: 'lambda-wrong-profile',
    label: "Package signed with another team's signing profile",
    stage: 'sign',
    traps: ['lambda-warn-vs-enforce'],
    apply: (s) => {
      const other = s.tooling.signer.profiles.find(
        (p) => p.profileName !== s.tooling.signer.profileName && p.status === 'Active',
      );
      return other
        ? tooling(s, { signer: { ...s.tooling.signer, profileName: other.profileName } })
        : s;
    },
  },
  {
    id: 'profile-revoked',
    label: 'Signing profile revoked after version 3 was published',
    stage: 'sign',
    traps: ['signer-revocation-published-versions'],
    apply: (s) =>
      tooling(s, {
        signer: {
          ...s.tooling.signer,
          profiles: s.tooling.signer.profiles.map((p) =>
            p.profileName === s.tooling.signer.profileName
              ? {
                  ...p,
                  status: 'Revoked',
                  revocationRecord: {
                    revocationEffectiveFrom: new Date(Date.parse(s.now) - 24 * HOUR).toISOString(),
                    revokedAt: new Date(Date.parse(s.now) - 24 * HOUR).toISOString(),
                    reason: 'key material suspected exposed',
                  },
                }
              : p,
          ),
        },
      }),
  },
  {
    id: 'scan-no-rule',
    label: 'Scan on push, but no EventBridge rule for the findings',
    stage: 'scan',
    traps: ['scan-findings-routing'],
    apply: (s) => tooling(s, { eventRules: [] }),
  },
  {
    id: 'replication-no-registry-policy',
    label: "Workload registry's permissions policy does not allow replication",
    stage: 'replicate',
    traps: ['ecr-replication-registry-policy'],
    apply: (s) => {
      const target = s.workloads[0]?.accountId;
      return {
        ...s,
        replicaRegistries: s.replicaRegistries.map((r) => {
          if (r.registryId !== target) return r;
          const { registryPolicy: _gone, ...rest } = r;
          return rest;
        }),
      };
    },
  },
  {
    id: 'lifecycle-one-region',
    label: 'Lifecycle policy set in the primary Region only',
    stage: 'replicate',
    traps: ['lifecycle-per-region'],
    apply: (s) => ({
      ...s,
      replicaRegistries: s.replicaRegistries.map((r) =>
        r.region === s.regions.dr
          ? {
              ...r,
              repositories: Object.fromEntries(
                Object.entries(r.repositories).map(([n, repo]) => [
                  n,
                  { ...repo, lifecyclePolicy: null },
                ]),
              ),
            }
          : r,
      ),
    }),
  },
  {
    id: 'deploy-role-no-batchgetimage',
    label: 'Workload role missing ecr:BatchGetImage',
    stage: 'deploy',
    traps: ['ecr-repo-policy-alone'],
    apply: (s) => deployRoleWithout(s, 'ecr:BatchGetImage'),
  },
  {
    id: 'deploy-role-no-token',
    label: 'Workload role missing ecr:GetAuthorizationToken',
    stage: 'deploy',
    traps: ['ecr-token-iam-only'],
    apply: (s) => deployRoleWithout(s, 'ecr:GetAuthorizationToken'),
  },
  {
    id: 'repo-policy-no-workload',
    label: 'Repository policy does not name the workload account',
    stage: 'deploy',
    traps: ['ecr-repo-policy-alone'],
    apply: (s) => {
      const policy = releaseRepo(s)?.repositoryPolicy;
      if (!policy) return s;
      return releaseRepoEdit(s, {
        repositoryPolicy: JSON.stringify(
          withoutWorkloadAccount(s, JSON.parse(policy) as PolicyInput),
        ),
      });
    },
  },
  {
    id: 'key-policy-no-workload',
    label: 'KMS key policy does not allow the workload role',
    stage: 'deploy',
    traps: ['kms-key-policy'],
    apply: (s) =>
      tooling(s, {
        bucket: {
          ...s.tooling.bucket,
          keyPolicy: withoutWorkloadAccount(s, s.tooling.bucket.keyPolicy),
        },
      }),
  },
  {
    id: 'bucket-aws-managed-key',
    label: 'Artifact bucket encrypts with the AWS managed key aws/s3',
    stage: 'deploy',
    traps: ['aws-managed-key-not-shareable'],
    apply: (s) => tooling(s, { bucket: { ...s.tooling.bucket, defaultEncryption: 'aws/s3' } }),
  },
  {
    id: 'ecs-no-s3-endpoint',
    label: 'ECS subnet has no S3 gateway endpoint',
    stage: 'deploy',
    traps: ['ecr-layers-need-s3-endpoint'],
    apply: (s) =>
      workloadPart(s, 'ecs', {
        network: {
          ...workload(s).ecs.network,
          endpoints: workload(s).ecs.network.endpoints.filter((e) => e !== 's3'),
        },
      }),
  },
  {
    id: 'deploy-by-latest',
    label: 'ECS runs app:latest while another build pushes latest',
    stage: 'deploy',
    traps: ['mutable-tag-deploy'],
    apply: (s) => workloadPart(s, 'ecs', { image: `${s.release.repository}:latest` }),
  },
  {
    id: 'object-lock-compliance',
    label: 'Object Lock compliance retention (30 days) on the artifact bucket',
    stage: 'build',
    traps: ['object-lock-compliance-untested', 'object-lock-delete-marker'],
    apply: (s) =>
      tooling(s, { bucket: { ...s.tooling.bucket, objectLock: { mode: 'COMPLIANCE', days: 30 } } }),
  },
];

export const FAULT_IDS = FAULTS.map((f) => f.id);

/** The scenario as the run sees it: every fault that is on, applied in catalogue order. */
export function withFaults(s: ArchitectureScenario): ArchitectureScenario {
  return FAULTS.filter((f) => s.faults.includes(f.id)).reduce((acc, f) => f.apply(acc), s);
}
