import type { PackageOriginControls, PackageRecord } from './types';

// first version published directly: publish ALLOW, upstream BLOCK (package-origin-controls)
export const ORIGIN_AFTER_PUBLISH: Readonly<PackageOriginControls> = {
  publish: 'ALLOW',
  upstream: 'BLOCK',
};

// first version ingested: publish BLOCK, upstream ALLOW (package-origin-controls). The guide names
// ingestion "from a public source"; a version retained from an upstream repository is treated the same.
export const ORIGIN_AFTER_INGEST: Readonly<PackageOriginControls> = {
  publish: 'BLOCK',
  upstream: 'ALLOW',
};

// packages from before origin controls (May 2022) are ALLOW / ALLOW (package-origin-controls)
export const ORIGIN_LEGACY: Readonly<PackageOriginControls> = {
  publish: 'ALLOW',
  upstream: 'ALLOW',
};

/**
 * The origin controls in force for a package in a repository, or null when the package does not
 * exist there yet (nothing restricts it until its first version arrives).
 */
export function effectiveOrigin(record: PackageRecord | undefined): PackageOriginControls | null {
  if (record === undefined) return null;
  // set explicitly, possibly before any version exists (PutPackageOriginConfiguration)
  if (record.origin !== undefined) return record.origin;
  // versions but no recorded controls: a pre-origin-control package (package-origin-controls)
  if (Array.isArray(record.versions) && record.versions.length > 0) return ORIGIN_LEGACY;
  return null;
}

export function describeOrigin(origin: PackageOriginControls): string {
  return `publish ${origin.publish}, upstream ${origin.upstream}`;
}
