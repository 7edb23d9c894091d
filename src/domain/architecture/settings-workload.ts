/** The workload account: its deploy role, Lambda function and ECS service. */
import {
  ENDPOINTS,
  endpointOptions,
  workload,
  firstWorkload,
  workloadPart,
  registryHost,
  notationProfile,
  lambdaProfiles,
} from './scenario-edits';
import type { Setting } from './setting-types';
import { IMAGE_PLACEHOLDER } from './stages/deploy';

export const WORKLOAD_SETTINGS: Setting[] = [
  {
    id: 'workload.deployRolePolicy',
    label: 'Deploy role identity policy (workload account)',
    lane: 'workload',
    kind: 'policy',
    policyKind: 'identity',
    traps: ['ecr-repo-policy-alone', 'ecr-token-iam-only'],
    get: (s) =>
      workload(s).deployRole.identityPolicies[0] ?? { Version: '2012-10-17', Statement: [] },
    set: (s, v) =>
      workloadPart(s, 'deployRole', {
        identityPolicies: [v, ...workload(s).deployRole.identityPolicies.slice(1)],
      }),
  },
  {
    id: 'workload.codeSigning',
    label: 'Lambda code signing policy for untrusted artifacts',
    lane: 'workload',
    kind: 'choice',
    traps: ['lambda-warn-vs-enforce'],
    options: () => [
      { value: 'none', label: 'No code signing configuration' },
      { value: 'Warn', label: 'Warn (deploy and log)' },
      { value: 'Enforce', label: 'Enforce (reject)' },
    ],
    get: (s) => {
      const config = workload(s).lambda.codeSigningConfig;
      // an absent policy is Warn (API_CodeSigningPolicies)
      return config
        ? (config.CodeSigningPolicies?.UntrustedArtifactOnDeployment ?? 'Warn')
        : 'none';
    },
    set: (s, v) =>
      workloadPart(s, 'lambda', {
        codeSigningConfig:
          v === 'none'
            ? null
            : {
                AllowedPublishers: workload(s).lambda.codeSigningConfig?.AllowedPublishers ?? {
                  SigningProfileVersionArns: lambdaProfiles(s)
                    .slice(0, 1)
                    .map((p) => p.profileVersionArn),
                },
                CodeSigningPolicies: {
                  UntrustedArtifactOnDeployment: v === 'Enforce' ? 'Enforce' : 'Warn',
                },
              },
      }),
  },
  {
    id: 'workload.allowedPublishers',
    label: 'Allowed publishers of the Lambda code signing configuration',
    lane: 'workload',
    kind: 'set',
    traps: ['signer-revocation-published-versions'],
    options: (s) =>
      lambdaProfiles(s).map((p) => ({ value: p.profileVersionArn, label: p.profileName })),
    get: (s) =>
      workload(s).lambda.codeSigningConfig?.AllowedPublishers.SigningProfileVersionArns ?? [],
    set: (s, v) =>
      firstWorkload(s, (w) =>
        w.lambda.codeSigningConfig
          ? {
              ...w,
              lambda: {
                ...w.lambda,
                codeSigningConfig: {
                  ...w.lambda.codeSigningConfig,
                  AllowedPublishers: { SigningProfileVersionArns: v },
                },
              },
            }
          : w,
      ),
  },
  {
    id: 'workload.ecsImage',
    label: 'The ECS task definition names the image by',
    lane: 'workload',
    kind: 'choice',
    traps: ['mutable-tag-deploy'],
    options: (s) => [
      { value: 'version', label: `Its version tag (${s.release.repository}:${s.release.tag})` },
      { value: 'latest', label: `The latest tag (${s.release.repository}:latest)` },
      {
        value: 'digest',
        label: `The build's digest: ${IMAGE_PLACEHOLDER}, filled from imageDetail.json`,
      },
    ],
    get: (s) => {
      const image = workload(s).ecs.image;
      return image === IMAGE_PLACEHOLDER
        ? 'digest'
        : image.endsWith(':latest')
          ? 'latest'
          : 'version';
    },
    set: (s, v) =>
      workloadPart(s, 'ecs', {
        image:
          v === 'digest'
            ? IMAGE_PLACEHOLDER
            : `${s.release.repository}:${v === 'latest' ? 'latest' : s.release.tag}`,
      }),
  },
  {
    id: 'workload.ecsEndpoints',
    label: 'VPC endpoints of the ECS subnet (no NAT)',
    lane: 'workload',
    kind: 'set',
    traps: ['ecr-layers-need-s3-endpoint'],
    options: endpointOptions,
    get: (s) => workload(s).ecs.network.endpoints,
    set: (s, v) =>
      workloadPart(s, 'ecs', {
        network: { ...workload(s).ecs.network, endpoints: ENDPOINTS.filter((e) => v.includes(e)) },
      }),
  },
  {
    id: 'workload.verifySignatures',
    label: 'ECS deployment verifies image signatures (Notation trust policy)',
    lane: 'workload',
    kind: 'boolean',
    traps: ['ecr-no-pull-time-signature-check'],
    get: (s) => Boolean(workload(s).ecs.verification),
    set: (s, v) => {
      const profile = notationProfile(s);
      return workloadPart(s, 'ecs', {
        verification:
          v && profile
            ? {
                version: '1.0',
                trustPolicies: [
                  {
                    name: 'release-images',
                    registryScopes: [`${registryHost(s)}/${s.release.repository}`],
                    signatureVerification: { level: 'strict' },
                    trustStores: ['signingAuthority:aws-signer-ts'],
                    trustedIdentities: [profile.arn],
                  },
                ],
              }
            : null,
      });
    },
  },
];
