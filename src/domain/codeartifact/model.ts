import type {
  CodeArtifactDomain,
  PackageRecord,
  PackageVersionStatus,
  PackageRef,
  PublicRegistry,
  Repository,
} from './types';

/** `${format}/${name}`: the key of a package in a repository or a registry. */
export function packageKey(pkg: PackageRef): string {
  return `${pkg.format}/${pkg.name}`;
}

// Own-property lookups only: a repository may be called "constructor".

export function getRepository(domain: CodeArtifactDomain, name: string): Repository | undefined {
  const repositories = domain.repositories;
  return Object.hasOwn(repositories, name) ? repositories[name] : undefined;
}

export function getPackage(repository: Repository, key: string): PackageRecord | undefined {
  const packages = repository.packages;
  return Object.hasOwn(packages, key) ? packages[key] : undefined;
}

export function getRegistry(domain: CodeArtifactDomain, conn: string): PublicRegistry | undefined {
  const registries = domain.registries;
  return Object.hasOwn(registries, conn) ? registries[conn] : undefined;
}

export function upstreamsOf(repository: Repository): readonly string[] {
  return Array.isArray(repository.upstreams) ? repository.upstreams : [];
}

export function hasVersion(record: PackageRecord | undefined, version: string): boolean {
  return (
    record !== undefined && Array.isArray(record.versions) && record.versions.includes(version)
  );
}

export function versionStatus(
  record: PackageRecord | undefined,
  version: string,
): PackageVersionStatus {
  const status = record?.status;
  return status !== undefined && Object.hasOwn(status, version)
    ? (status[version] ?? 'Published')
    : 'Published';
}

export function registryHas(registry: PublicRegistry, key: string, version: string): boolean {
  const packages = registry.packages;
  if (!Object.hasOwn(packages, key)) return false;
  const versions = packages[key];
  return Array.isArray(versions) && versions.includes(version);
}

/** Every repository of the domain holding the version, in the domain's own order. */
export function holders(domain: CodeArtifactDomain, key: string, version: string): string[] {
  const result: string[] = [];
  for (const name of Object.keys(domain.repositories)) {
    const repository = domain.repositories[name];
    if (repository && hasVersion(getPackage(repository, key), version)) result.push(name);
  }
  return result;
}
