/** The release build in the tooling account: CodeBuild, its network, its base image, signing. */
import {
  ENDPOINTS,
  endpointOptions,
  tooling,
  build,
  registryHost,
  imageName,
  lambdaProfiles,
} from './scenario-edits';
import type { Setting } from './setting-types';

export const BUILD_SETTINGS: Setting[] = [
  {
    id: 'build.dependencySource',
    label: 'The build installs npm packages from',
    lane: 'build',
    kind: 'choice',
    traps: ['npm-in-s3'],
    options: () => [
      { value: 'codeartifact', label: 'CodeArtifact (npm registry endpoint)' },
      { value: 's3', label: 'Tarballs in an S3 bucket' },
    ],
    get: (s) => s.tooling.build.dependencySource,
    set: (s, v) => build(s, { dependencySource: v === 's3' ? 's3' : 'codeartifact' }),
  },
  {
    id: 'build.endpoints',
    label: 'VPC endpoints of the build subnet (no NAT)',
    lane: 'build',
    kind: 'set',
    traps: ['codeartifact-vpc-s3-endpoint'],
    options: endpointOptions,
    get: (s) => s.tooling.build.network.endpoints,
    set: (s, v) =>
      build(s, {
        network: {
          ...s.tooling.build.network,
          endpoints: ENDPOINTS.filter((e) => v.includes(e)),
        },
      }),
  },
  {
    id: 'build.privilegedMode',
    label: 'CodeBuild privileged mode',
    lane: 'build',
    kind: 'boolean',
    traps: ['docker-privileged-mode'],
    get: (s) => s.tooling.build.privilegedMode,
    set: (s, v) => build(s, { privilegedMode: v }),
  },
  {
    id: 'build.baseImage',
    label: 'The Dockerfile pulls its base image',
    lane: 'build',
    kind: 'choice',
    traps: ['pull-through-cache-first-pull'],
    options: (s) => [
      {
        value: 'cache',
        label: `Through the pull through cache (${registryHost(s)}/docker-hub/…)`,
      },
      { value: 'docker-hub', label: 'Straight from Docker Hub (docker.io/…)' },
    ],
    get: (s) => (s.tooling.build.baseImage.startsWith('docker.io/') ? 'docker-hub' : 'cache'),
    set: (s, v) => {
      const name = imageName(s.tooling.build.baseImage);
      return build(s, {
        baseImage:
          v === 'docker-hub' ? `docker.io/${name}` : `${registryHost(s)}/docker-hub/${name}`,
      });
    },
  },
  {
    id: 'build.rolePolicy',
    label: 'Build role identity policy',
    lane: 'build',
    kind: 'policy',
    policyKind: 'identity',
    traps: ['pull-through-cache-first-pull'],
    get: (s) => s.tooling.build.identityPolicies[0] ?? { Version: '2012-10-17', Statement: [] },
    set: (s, v) =>
      build(s, { identityPolicies: [v, ...s.tooling.build.identityPolicies.slice(1)] }),
  },
  {
    id: 'build.lambdaPackageType',
    label: 'The Lambda function ships as',
    lane: 'build',
    kind: 'choice',
    traps: ['lambda-package-paths-and-size'],
    options: () => [
      { value: 'Zip', label: '.zip package' },
      { value: 'Image', label: 'Container image' },
    ],
    get: (s) => s.tooling.build.lambdaPackage.type,
    set: (s, v) =>
      build(s, {
        lambdaPackage: { ...s.tooling.build.lambdaPackage, type: v === 'Image' ? 'Image' : 'Zip' },
      }),
  },
  {
    id: 'build.lambdaUnzippedMb',
    label: 'Lambda code size, unzipped, with its layers',
    lane: 'build',
    kind: 'number',
    min: 1,
    max: 10_240,
    unit: 'MB',
    traps: ['lambda-package-paths-and-size'],
    get: (s) => s.tooling.build.lambdaPackage.unzippedMb,
    set: (s, v) => build(s, { lambdaPackage: { ...s.tooling.build.lambdaPackage, unzippedMb: v } }),
  },
  {
    id: 'signer.profileName',
    label: 'Signing profile the build signs the .zip with',
    lane: 'build',
    kind: 'choice',
    traps: ['lambda-warn-vs-enforce', 'signer-revocation-published-versions'],
    options: (s) => [
      { value: '', label: 'None: the build does not sign' },
      ...lambdaProfiles(s).map((p) => ({
        value: p.profileName,
        label: `${p.profileName} (${p.status})`,
      })),
    ],
    get: (s) => s.tooling.signer.profileName,
    set: (s, v) => tooling(s, { signer: { ...s.tooling.signer, profileName: v } }),
  },
];
