/**
 * What the architecture diagram (lesson 14) shows: zones, service boxes and arrows, laid out on a
 * 480-unit-wide viewBox, each box linking to the lesson about it.
 */

/** A rectangle of the viewBox: its top-left corner, width and height. */
interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The attributes of an SVG <rect> covering an area. */
export const rectOf = (a: Area) => ({ x: a.x, y: a.y, width: a.w, height: a.h });

export interface ServiceBox extends Area {
  readonly id: string;
  readonly title: string;
  readonly detail?: string;
  readonly slug: string;
  /** Accessible name of the link: what the box is, then where it leads. */
  readonly label: string;
  readonly external?: boolean;
}

export interface Zone extends Area {
  readonly id: string;
  readonly title: string;
}

export interface Arrow {
  readonly id: string;
  readonly d: string;
  readonly label?: {
    readonly x: number;
    readonly y: number;
    readonly text: string;
    readonly anchor?: 'start' | 'middle' | 'end';
  };
  /** Plain-language description used in the text alternative. */
  readonly describe: string;
}

export const VIEW_W = 480;
export const VIEW_H = 1000;

export const zones: readonly Zone[] = [
  { id: 'tooling', x: 8, y: 84, w: 464, h: 472, title: 'Tooling account' },
  { id: 'dr', x: 40, y: 612, w: 400, h: 112, title: 'DR Region' },
  { id: 'dev', x: 8, y: 776, w: 216, h: 212, title: 'Dev account' },
  { id: 'prod', x: 256, y: 776, w: 216, h: 212, title: 'Prod account' },
];

export const boxes: readonly ServiceBox[] = [
  {
    id: 'public',
    x: 24,
    y: 8,
    w: 432,
    h: 48,
    title: 'Public registries: npmjs, PyPI, Maven',
    slug: 'upstreams',
    label:
      'Public package registries outside AWS. Lesson: upstream repositories and external connections',
    external: true,
  },
  {
    id: 'vendor-mirror',
    x: 24,
    y: 128,
    w: 432,
    h: 60,
    title: 'CodeArtifact: vendor-mirror',
    detail: 'one external connection',
    slug: 'upstreams',
    label:
      'CodeArtifact vendor-mirror repository with the external connection. Lesson: upstream repositories',
  },
  {
    id: 'team-repos',
    x: 24,
    y: 216,
    w: 432,
    h: 60,
    title: 'CodeArtifact: team repositories',
    detail: 'upstream = vendor-mirror',
    slug: 'codeartifact-domains',
    label:
      'CodeArtifact domain with team repositories that use vendor-mirror as upstream. Lesson: CodeArtifact domains and repositories',
  },
  {
    id: 'codebuild',
    x: 24,
    y: 304,
    w: 200,
    h: 60,
    title: 'CodePipeline',
    detail: 'CodeBuild pre_build',
    slug: 'codeartifact-auth',
    label:
      'CodePipeline and CodeBuild, fetching a CodeArtifact token in pre_build. Lesson: CodeArtifact authentication',
  },
  {
    id: 'signer',
    x: 256,
    y: 304,
    w: 200,
    h: 60,
    title: 'Signer profiles',
    detail: 'Lambda · Notation',
    slug: 'signer',
    label: 'AWS Signer profiles for Lambda packages and container images. Lesson: AWS Signer',
  },
  {
    id: 'ecr',
    x: 24,
    y: 392,
    w: 200,
    h: 60,
    title: 'ECR registry',
    detail: 'scan · replicate',
    slug: 'ecr-registries',
    label: 'Amazon ECR registry with scanning and replication. Lesson: ECR registries',
  },
  {
    id: 'bucket',
    x: 256,
    y: 392,
    w: 200,
    h: 60,
    title: 'Artifact bucket',
    detail: 'SSE-KMS · versioned',
    slug: 's3-build-artifacts',
    label:
      'CodePipeline artifact bucket with SSE-KMS customer managed key, versioning and lifecycle rules. Lesson: S3 build artifacts',
  },
  {
    id: 'image-builder',
    x: 24,
    y: 480,
    w: 432,
    h: 60,
    title: 'EC2 Image Builder pipeline',
    detail: 'monthly golden AMI, tested',
    slug: 'image-builder',
    label: 'EC2 Image Builder pipeline producing the monthly golden AMI. Lesson: EC2 Image Builder',
  },
  {
    id: 'dr-ecr',
    x: 56,
    y: 656,
    w: 176,
    h: 48,
    title: 'ECR replica',
    slug: 'ecr-registries',
    label: 'ECR replica in the DR Region. Lesson: ECR registries and replication',
  },
  {
    id: 'dr-ami',
    x: 248,
    y: 656,
    w: 176,
    h: 48,
    title: 'AMI copy',
    slug: 'image-builder',
    label: 'Golden AMI copy in the DR Region. Lesson: EC2 Image Builder distribution',
  },
  {
    id: 'dev-ecr',
    x: 20,
    y: 820,
    w: 192,
    h: 44,
    title: 'ECR replica',
    slug: 'ecr-registries',
    label: 'Dev account ECR replica. Lesson: ECR registries and replication',
  },
  {
    id: 'dev-ami',
    x: 20,
    y: 876,
    w: 192,
    h: 44,
    title: 'AMI + SSM parameter',
    slug: 'image-builder',
    label: 'Dev account golden AMI and SSM parameter holding its ID. Lesson: EC2 Image Builder',
  },
  {
    id: 'dev-role',
    x: 20,
    y: 932,
    w: 192,
    h: 44,
    title: 'Deploy role (IAM)',
    slug: 'cross-account',
    label: 'Dev account deploy role that reads tooling artifacts. Lesson: cross-account access',
  },
  {
    id: 'prod-ecr',
    x: 268,
    y: 820,
    w: 192,
    h: 44,
    title: 'ECR replica',
    slug: 'ecr-registries',
    label: 'Prod account ECR replica. Lesson: ECR registries and replication',
  },
  {
    id: 'prod-ami',
    x: 268,
    y: 876,
    w: 192,
    h: 44,
    title: 'AMI + SSM parameter',
    slug: 'image-builder',
    label: 'Prod account golden AMI and SSM parameter holding its ID. Lesson: EC2 Image Builder',
  },
  {
    id: 'prod-role',
    x: 268,
    y: 932,
    w: 192,
    h: 44,
    title: 'Deploy role (IAM)',
    slug: 'cross-account',
    label: 'Prod account deploy role that reads tooling artifacts. Lesson: cross-account access',
  },
];

export const arrows: readonly Arrow[] = [
  {
    id: 'external',
    d: 'M240 56 V122',
    label: { x: 252, y: 78, text: 'external connection' },
    describe:
      'The vendor-mirror repository fetches new package versions from the public registries through its external connection.',
  },
  {
    id: 'upstream',
    d: 'M240 188 V210',
    label: { x: 252, y: 207, text: 'upstream' },
    describe: 'Team repositories search vendor-mirror as their upstream when a version is missing.',
  },
  {
    id: 'packages',
    d: 'M124 276 V298',
    label: { x: 136, y: 295, text: 'npm ci' },
    describe:
      'CodeBuild installs dependencies from the team repository using a short-lived CodeArtifact token.',
  },
  {
    id: 'sign',
    d: 'M224 334 H250',
    describe:
      'CodeBuild signs the Lambda package and the container image with the Signer profiles.',
  },
  {
    id: 'push',
    d: 'M124 364 V386',
    describe: 'CodeBuild pushes the signed container image to the ECR registry.',
  },
  {
    id: 'store',
    d: 'M200 364 L318 388',
    describe:
      'CodePipeline and CodeBuild store build outputs, including the signed Lambda package, in the encrypted, versioned artifact bucket.',
  },
  {
    id: 'to-dr',
    d: 'M240 556 V606',
    label: { x: 252, y: 590, text: 'cross-Region copy' },
    describe:
      'ECR replication and Image Builder distribution copy images and AMIs into the DR Region.',
  },
  {
    id: 'to-dev',
    d: 'M20 556 V770',
    label: { x: 28, y: 756, text: 'replicate, share' },
    describe:
      'ECR replicates images into the dev account registry, Image Builder copies the AMI there and updates its SSM parameter, and the dev deploy role reads artifacts from the tooling bucket.',
  },
  {
    id: 'to-prod',
    d: 'M460 556 V770',
    label: { x: 452, y: 756, text: 'replicate, share', anchor: 'end' },
    describe:
      'ECR replicates images into the prod account registry, Image Builder copies the AMI there and updates its SSM parameter, and the prod deploy role reads artifacts from the tooling bucket.',
  },
];

/** The zone whose rectangle contains a box's top-left corner. */
export function zoneOf(box: ServiceBox): string | undefined {
  return zones.find(
    (zone) =>
      box.x >= zone.x && box.y >= zone.y && box.x < zone.x + zone.w && box.y < zone.y + zone.h,
  )?.id;
}
