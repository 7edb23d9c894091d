/**
 * The CodeArtifact engine: upstream resolution, retention, origin controls, tokens. Pure and
 * deterministic; every rule cites the user-guide page it implements (slugs under USER_GUIDE,
 * API_* pages under API_REFERENCE).
 *
 * Where the guide is silent, the engine decides, and says so where it does:
 * - a repository's external connection is consulted right after the repository itself, before
 *   its upstreams (AWS gives a repository upstreams or an external connection, so a valid
 *   domain never has both; validateDomain reports the pair);
 * - upstream BLOCK also applies in a repository a request only passes through;
 * - a version retained from an upstream repository sets the same first-version defaults as one
 *   ingested from a public source (publish BLOCK, upstream ALLOW);
 * - upstream cycles and a repository listing itself are not reported (see upstreamCycles); a
 *   request never loops, since each repository is searched once;
 * - republishing an existing version is always a 409 (the simulator has no asset contents to
 *   find identical);
 * - publishing to a repository that does not exist answers 403 (the contract has no 404).
 */
export { requestPackageVersion } from './request';
export { publishPackageVersion } from './publish';
export { validateDomain } from './validate';
export { issueAuthorizationToken, tokenRejection } from './token';
export { searchOrder } from './walk';
export { upstreamCycles } from './cycles';
export { packageKey } from './model';
export {
  effectiveOrigin,
  ORIGIN_AFTER_INGEST,
  ORIGIN_AFTER_PUBLISH,
  ORIGIN_LEGACY,
} from './origin';
export {
  API_REFERENCE,
  EXTERNAL_CONNECTION_FORMAT,
  MAX_DIRECT_UPSTREAMS,
  MAX_REPOSITORIES_SEARCHED,
  PACKAGE_FORMATS,
  TOKEN_DEFAULT_SECONDS,
  TOKEN_MAX_SECONDS,
  TOKEN_MIN_SECONDS,
  USER_GUIDE,
  isExternalConnectionName,
} from './rules';
export type * from './types';
