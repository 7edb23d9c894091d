/**
 * The CodeArtifact domain as the simulator models it: plain JSON, the shape fixed by the engine
 * contract in DESIGN.md. A package is keyed `${format}/${name}` with the name as its package
 * manager writes it: `npm/@scope/lodash`, `maven/org.apache:commons`, `pypi/requests`.
 */

export type PackageFormat =
  'npm' | 'pypi' | 'maven' | 'nuget' | 'generic' | 'ruby' | 'swift' | 'cargo';

/** The values AssociateExternalConnection accepts (API_AssociateExternalConnection). */
export type ExternalConnectionName =
  | 'public:npmjs'
  | 'public:pypi'
  | 'public:maven-central'
  | 'public:maven-googleandroid'
  | 'public:maven-gradleplugins'
  | 'public:maven-commonsware'
  | 'public:maven-clojars'
  | 'public:nuget-org'
  | 'public:crates-io'
  | 'public:ruby-gems-org';

export type OriginSetting = 'ALLOW' | 'BLOCK';

/** Package origin controls of one package in one repository (package-origin-controls). */
export interface PackageOriginControls {
  publish: OriginSetting;
  upstream: OriginSetting;
}

/**
 * A version's status (packages-overview, update-package-version-status). Published is the
 * default; Unlisted drops out of version lists but still downloads by exact version; Archived and
 * Disposed cannot be downloaded (Disposed also has its assets deleted, for good).
 */
export type PackageVersionStatus = 'Published' | 'Unlisted' | 'Archived' | 'Disposed';

export interface PackageRecord {
  versions: string[];
  /** Versions whose status is not Published; absent = every version Published. */
  status?: { [version: string]: PackageVersionStatus };
  /** Absent on a package with versions = a package from before origin controls: ALLOW / ALLOW. */
  origin?: PackageOriginControls;
}

export interface Repository {
  /** In priority order (repo-upstream-search-order). */
  upstreams: string[];
  externalConnection?: ExternalConnectionName;
  packages: { [formatSlashName: string]: PackageRecord };
}

/** What a public registry holds, and whether CodeArtifact can reach it right now. */
export interface PublicRegistry {
  available: boolean;
  packages: { [formatSlashName: string]: string[] };
}

export interface CodeArtifactDomain {
  name: string;
  repositories: { [name: string]: Repository };
  registries: { [conn: string]: PublicRegistry };
}

export interface PackageRef {
  format: PackageFormat;
  name: string;
}

export type RequestStatus = 200 | 401 | 403 | 404 | 503;

/**
 * One thing a request did, in order: the steps the packageRequest actor walks through. `note`
 * is the trace line that explains it.
 */
export type RequestStep = { note: string } & (
  | { kind: 'repository'; repository: string; outcome: 'hit' | 'miss' | 'blocked' }
  | {
      kind: 'external';
      connection: string;
      owner: string;
      outcome: 'found' | 'missing' | 'unavailable';
    }
  | { kind: 'retained'; repositories: string[] }
  | { kind: 'answer'; status: RequestStatus; servedBy: string | null }
);

export interface RequestResult {
  status: RequestStatus;
  /** A repository name, or the external connection that supplied the version, e.g. 'public:npmjs'. */
  servedBy: string | null;
  /** Repositories examined, in order: up to the one that served it, or every one examined. */
  searched: string[];
  /** Every repository holding the version afterwards. */
  retainedIn: string[];
  domain: CodeArtifactDomain;
  trace: string[];
  /** The same walk as structured steps, ending with the answer. */
  steps: RequestStep[];
}

export type PublishStatus = 200 | 403 | 409;

export interface PublishResult {
  status: PublishStatus;
  domain: CodeArtifactDomain;
  trace: string[];
}

export interface DomainIssue {
  /** JSON path into the domain, e.g. `repositories.team-a.upstreams[3]`. */
  path: string;
  message: string;
}

export interface AuthorizationToken {
  /** ISO-8601 UTC; null = the token ends with the assumed role's session. */
  expiresAt: string | null;
}

/** One step of the package-independent search order: a repository, then its external connection. */
export interface SearchStep {
  repository: string;
  externalConnection?: ExternalConnectionName;
}
