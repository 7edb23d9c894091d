/** Small, pure edits of the architecture scenario that the settings are written with. */
import type { Repository } from '../ecr';
import type { ArchitectureScenario, VpcEndpoint, WorkloadAccount } from './types';

export const ENDPOINTS: VpcEndpoint[] = [
  'codeartifact.api',
  'codeartifact.repositories',
  'ecr.api',
  'ecr.dkr',
  's3',
];
export const endpointOptions = () =>
  ENDPOINTS.map((e) => ({
    value: e,
    label: e === 's3' ? 's3 (gateway)' : `${e} (interface)`,
  }));

export const tooling = (
  s: ArchitectureScenario,
  change: Partial<ArchitectureScenario['tooling']>,
) => ({
  ...s,
  tooling: { ...s.tooling, ...change },
});
export const build = (
  s: ArchitectureScenario,
  change: Partial<ArchitectureScenario['tooling']['build']>,
) => tooling(s, { build: { ...s.tooling.build, ...change } });
export const workload = (s: ArchitectureScenario): WorkloadAccount => s.workloads[0]!;
export const firstWorkload = (
  s: ArchitectureScenario,
  change: (w: WorkloadAccount) => WorkloadAccount,
): ArchitectureScenario => ({
  ...s,
  workloads: s.workloads.map((w, i) => (i === 0 ? change(w) : w)),
});
export const releaseRepo = (s: ArchitectureScenario) =>
  s.tooling.registry.repositories[s.release.repository];
/** Changes the release repository of the tooling registry; without one, nothing changes. */
export const releaseRepoEdit = (s: ArchitectureScenario, change: Partial<Repository>) => {
  const repo = releaseRepo(s);
  if (!repo) return s;
  return tooling(s, {
    registry: {
      ...s.tooling.registry,
      repositories: {
        ...s.tooling.registry.repositories,
        [s.release.repository]: { ...repo, ...change },
      },
    },
  });
};
export const registryHost = (s: ArchitectureScenario) =>
  `${s.tooling.registry.registryId}.dkr.ecr.${s.tooling.registry.region}.amazonaws.com`;

/** The Dockerfile's image name without its registry: `library/node:20-slim`. */
export const imageName = (uri: string) =>
  uri.replace(/^.*?\/docker-hub\//, '').replace(/^docker\.io\//, '');

/** The rule that sends scan findings on; switching routing on restores it. */
export const FINDINGS_RULE = {
  Name: 'scan-findings-to-security',
  EventPattern: { source: ['aws.ecr'], 'detail-type': ['ECR Image Scan'] },
  State: 'ENABLED' as const,
  Targets: [{ Id: 'security-topic', Arn: 'arn:aws:sns:us-east-1:111111111111:security-findings' }],
};

export const notationProfile = (s: ArchitectureScenario) =>
  s.tooling.signer.profiles.find((p) => p.platformId === 'Notation-OCI-SHA384-ECDSA');

export const lambdaProfiles = (s: ArchitectureScenario) =>
  s.tooling.signer.profiles.filter((p) => p.platformId === 'AWSLambda-SHA384-ECDSA');

/** Changes one part of the first workload account: its deploy role, Lambda function or ECS service. */
export const workloadPart = <Part extends 'deployRole' | 'lambda' | 'ecs'>(
  s: ArchitectureScenario,
  part: Part,
  change: Partial<WorkloadAccount[Part]>,
) => firstWorkload(s, (w) => ({ ...w, [part]: { ...w[part], ...change } }));
