import type {
  Catalog,
  DistributionEnvironment,
  ImagePipeline,
} from '../../../src/domain/imagebuilder';

export const ARN = 'arn:aws:imagebuilder:us-east-1:aws';

export const catalog: Catalog = {
  images: {
    'amazon-linux-2023-x86': {
      versions: [
        { version: '2026.1.1', publishedAt: '2026-01-01T00:00:00Z' },
        { version: '2026.2.0', publishedAt: '2026-02-01T00:00:00Z' },
      ],
    },
  },
  components: {
    'update-linux': {
      type: 'BUILD',
      versions: [
        { version: '1.0.0', publishedAt: '2025-06-01T00:00:00Z' },
        { version: '1.0.1', publishedAt: '2026-01-15T00:00:00Z' },
      ],
    },
    'cis-hardening': {
      type: 'BUILD',
      versions: [{ version: '2.3.0', publishedAt: '2025-06-01T00:00:00Z' }],
    },
    'reboot-test-linux': {
      type: 'TEST',
      versions: [{ version: '1.0.0', publishedAt: '2025-06-01T00:00:00Z' }],
    },
  },
};

export const pipeline: ImagePipeline = {
  name: 'golden-al2023',
  imageRecipe: {
    name: 'golden-al2023',
    version: '1.0.0',
    parentImage: `${ARN}:image/amazon-linux-2023-x86/x.x.x`,
    components: [
      { componentArn: `${ARN}:component/update-linux/1.x.x` },
      { componentArn: `${ARN}:component/cis-hardening/2.3.0` },
      { componentArn: `${ARN}:component/reboot-test-linux/x.x.x` },
    ],
  },
  infrastructureConfiguration: {
    name: 'build-infra',
    instanceProfileName: 'EC2InstanceProfileForImageBuilder',
  },
  schedule: { scheduleExpression: 'cron(0 0 * * ? *)' },
};

export const environment: DistributionEnvironment = {
  accountId: '111122223333',
  region: 'us-east-1',
  accounts: {
    '444455556666': { distributionRole: true, roleCanUseKeys: true },
    '777788889999': { distributionRole: false },
  },
  kmsKeys: { 'alias/golden-ami': { allowedAccounts: ['444455556666'] } },
};
