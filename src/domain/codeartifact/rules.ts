import type { ExternalConnectionName, PackageFormat } from './types';

/** Where every slug cited in this engine's comments and traces lives. */
export const USER_GUIDE = 'https://docs.aws.amazon.com/codeartifact/latest/ug/';
export const API_REFERENCE = 'https://docs.aws.amazon.com/codeartifact/latest/APIReference/';

// at most 10 direct upstreams per repository (repo-upstream-behavior)
export const MAX_DIRECT_UPSTREAMS = 10;

// at most 25 repositories looked in per request (repo-upstream-behavior)
export const MAX_REPOSITORIES_SEARCHED = 25;

export const PACKAGE_FORMATS: readonly PackageFormat[] = [
  'npm',
  'pypi',
  'maven',
  'nuget',
  'generic',
  'ruby',
  'swift',
  'cargo',
];

// each supported connection and the one format it serves (external-connection,
// API_AssociateExternalConnection); generic and swift have none
export const EXTERNAL_CONNECTION_FORMAT: Readonly<Record<ExternalConnectionName, PackageFormat>> = {
  'public:npmjs': 'npm',
  'public:pypi': 'pypi',
  'public:maven-central': 'maven',
  'public:maven-googleandroid': 'maven',
  'public:maven-gradleplugins': 'maven',
  'public:maven-commonsware': 'maven',
  'public:maven-clojars': 'maven',
  'public:nuget-org': 'nuget',
  'public:crates-io': 'cargo',
  'public:ruby-gems-org': 'ruby',
};

export function isExternalConnectionName(value: unknown): value is ExternalConnectionName {
  return typeof value === 'string' && Object.hasOwn(EXTERNAL_CONNECTION_FORMAT, value);
}

export function isPackageFormat(value: unknown): value is PackageFormat {
  return typeof value === 'string' && (PACKAGE_FORMATS as readonly string[]).includes(value);
}

// repository names: 2–100 characters (API_CreateRepository)
export const REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$/;

// domain names: 2–50 characters, lower case (API_CreateDomain)
export const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,48}[a-z0-9]$/;

// token lifetime: default and maximum 12 hours, minimum 15 minutes (tokens-authentication)
export const TOKEN_DEFAULT_SECONDS = 43_200;
export const TOKEN_MIN_SECONDS = 900;
export const TOKEN_MAX_SECONDS = 43_200;
