const GUIDE = 'https://docs.aws.amazon.com/imagebuilder/latest/userguide/';
const API = 'https://docs.aws.amazon.com/imagebuilder/latest/APIReference/';

/** Where every tag cited in this engine's comments and traces lives. */
export const DOC_PAGES: Readonly<Record<string, string>> = {
  'imagebuilder/ibhow-semantic-versioning': `${GUIDE}ibhow-semantic-versioning.html`,
  'imagebuilder/cron-expressions': `${GUIDE}cron-expressions.html`,
  'imagebuilder/API_Schedule': `${API}API_Schedule.html`,
  'imagebuilder/API_ImageTestsConfiguration': `${API}API_ImageTestsConfiguration.html`,
  'imagebuilder/API_AmiDistributionConfiguration': `${API}API_AmiDistributionConfiguration.html`,
  'imagebuilder/API_SsmParameterConfiguration': `${API}API_SsmParameterConfiguration.html`,
  'imagebuilder/API_LaunchTemplateConfiguration': `${API}API_LaunchTemplateConfiguration.html`,
  'imagebuilder/cross-account-dist': `${GUIDE}cross-account-dist.html`,
  'imagebuilder/manage-distribution-settings': `${GUIDE}manage-distribution-settings.html`,
  'imagebuilder/how-image-builder-works': `${GUIDE}how-image-builder-works.html`,
  'imagebuilder/image-lifecycle-rules': `${GUIDE}image-lifecycle-rules.html`,
  'imagebuilder/create-lifecycle-policies': `${GUIDE}create-lifecycle-policies.html`,
};

// each of the first three nodes: 0 to 2^30-1 (imagebuilder/ibhow-semantic-versioning)
export const MAX_VERSION_NODE = 1_073_741_823;

// image tests time out after 60–1440 minutes (imagebuilder/API_ImageTestsConfiguration)
export const TEST_TIMEOUT_MINUTES = { min: 60, max: 1440 } as const;

// cron years 1970–2199 (imagebuilder/cron-expressions)
export const CRON_YEARS = { min: 1970, max: 2199 } as const;

export const ACCOUNT_ID = /^\d{12}$/;
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
