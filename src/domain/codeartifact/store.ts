import { getPackage, getRepository } from './model';
import { ORIGIN_AFTER_INGEST, ORIGIN_AFTER_PUBLISH, effectiveOrigin } from './origin';
import type { CodeArtifactDomain, PackageOriginControls, PackageRecord } from './types';

/** Sets an own property, even one named "__proto__", without touching any prototype. */
function put<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    target[key] = value;
  }
}

/** A shallow copy with one entry set (a plain loop: several times faster than spread here). */
function withEntry<T>(
  source: Readonly<Record<string, T>>,
  key: string,
  value: T,
): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const name of Object.keys(source)) put(copy, name, source[name] as T);
  put(copy, key, value);
  return copy;
}

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
    effectiveOrigin(record) === null
      ? arrival === 'publish'
        ? ORIGIN_AFTER_PUBLISH
        : ORIGIN_AFTER_INGEST
      : null;
  const next: PackageRecord = { ...record, versions: [...versions, version] };
  if (originSet !== null) next.origin = { ...originSet };

  return {
    domain: {
      ...domain,
      repositories: withEntry(domain.repositories, repositoryName, {
        ...repository,
        packages: withEntry(repository.packages, key, next),
      }),
    },
    originSet,
  };
}
