import { getPackage, getRepository } from './model';
import { ORIGIN_AFTER_INGEST, ORIGIN_AFTER_PUBLISH, effectiveOrigin } from './origin';
import type { CodeArtifactDomain, PackageOriginControls, PackageRecord } from './types';

export type Arrival = 'publish' | 'ingest';

export interface Added {
  domain: CodeArtifactDomain;
  /** The origin controls set because this was the package's first version here, else null. */
  originSet: PackageOriginControls | null;
}

/**
 * Adds a version to a package in a repository and returns a new domain; the input is never
 * touched (only the changed repository and package are copied).
 */
export function addVersion(
  domain: CodeArtifactDomain,
  repositoryName: string,
  key: string,
  version: string,
  arrival: Arrival,
): Added {
  const repository = getRepository(domain, repositoryName);
  if (repository === undefined) return { domain, originSet: null };
  const record = getPackage(repository, key);
  const versions = record !== undefined && Array.isArray(record.versions) ? record.versions : [];
  if (versions.includes(version)) return { domain, originSet: null };

  // defaults come from how the first version arrived (package-origin-controls)
  const originSet =
    effectiveOrigin(record) === null ? (arrival === 'publish' ? ORIGIN_AFTER_PUBLISH : ORIGIN_AFTER_INGEST) : null;
  const next: PackageRecord = { ...record, versions: [...versions, version] };
  if (originSet !== null) next.origin = { ...originSet };

  return {
    domain: {
      ...domain,
      repositories: {
        ...domain.repositories,
        [repositoryName]: { ...repository, packages: { ...repository.packages, [key]: next } },
      },
    },
    originSet,
  };
}
