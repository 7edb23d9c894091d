import { getPackage, getRegistry, hasVersion, registryHas, versionStatus } from './model';
import { describeOrigin, effectiveOrigin } from './origin';
import { EXTERNAL_CONNECTION_FORMAT, isExternalConnectionName } from './rules';
import type { CodeArtifactDomain, PackageRef, PackageVersionStatus, RequestStep } from './types';
import { walkUpstreamGraph } from './walk';

export interface Hit {
  /** The repository that had the version, or the external connection that supplied it. */
  servedBy: string;
  /** With an external connection: the repository that owns it. */
  connectionOwner: string | null;
}

export interface Located {
  hit: Hit | null;
  searched: string[];
  /** External connections consulted while their public registry was unavailable. */
  unavailable: string[];
  /** The requested repository itself hides upstream versions (origin control upstream BLOCK). */
  blockedAtStart: boolean;
  /** The repository that holds the version with a status that cannot be downloaded. */
  withheld: { repository: string; status: PackageVersionStatus } | null;
}

/**
 * Looks for a package version from `start` through its upstream graph and external connections.
 * Reads the domain, never changes it; every step is written to `trace`.
 */
export function locate(
  domain: CodeArtifactDomain,
  start: string,
  pkg: PackageRef,
  key: string,
  version: string,
  trace: string[],
  steps: RequestStep[],
): Located {
  const label = `${key}@${version}`;
  let hit: Hit | null = null;
  let blockedAtStart = false;
  let withheld: Located['withheld'] = null;
  const unavailable: string[] = [];
  const repositoryStep = (
    repository: string,
    outcome: 'hit' | 'miss' | 'blocked',
    note: string,
  ) => {
    trace.push(note);
    steps.push({ kind: 'repository', repository, outcome, note });
  };

  const walk = walkUpstreamGraph(
    domain,
    start,
    (name, repository) => {
      const record = getPackage(repository, key);
      if (hasVersion(record, version)) {
        const status = versionStatus(record, version);
        if (status === 'Archived' || status === 'Disposed') {
          // Archived and Disposed versions cannot be downloaded (packages-overview); the version
          // exists here, so the engine decides the search ends rather than fetching it again
          withheld = { repository: name, status };
          repositoryStep(
            name,
            'blocked',
            `${name}: has ${label}, but its status is ${status}, so package managers cannot download it (packages-overview)`,
          );
          return 'stop';
        }
        repositoryStep(
          name,
          'hit',
          status === 'Unlisted'
            ? `${name}: has ${label}; it is Unlisted, which hides it from version lists but not from a request for this exact version (update-package-version-status)`
            : `${name}: has ${label}`,
        );
        hit = { servedBy: name, connectionOwner: null };
        return 'found';
      }
      const missing = `${name}: does not have ${label}`;

      // upstream BLOCK: no versions from upstreams or the external connection (package-origin-controls)
      const origin = effectiveOrigin(record);
      if (origin !== null && origin.upstream === 'BLOCK') {
        trace.push(missing);
        if (name === start) {
          blockedAtStart = true;
          repositoryStep(
            name,
            'blocked',
            `${name}: ${key} has origin controls ${describeOrigin(origin)}, so versions from upstream repositories and external connections are hidden here (package-origin-controls)`,
          );
        } else {
          // also in a repository the request only passes through: the guide does not spell this
          // out; decided so that an intermediate's BLOCK cannot be walked around (package-origin-controls)
          repositoryStep(
            name,
            'blocked',
            `${name}: ${key} has origin controls ${describeOrigin(origin)}, so the search does not go on through ${name}'s external connection or upstreams (package-origin-controls)`,
          );
        }
        return 'blocked';
      }
      repositoryStep(name, 'miss', missing);

      // the external connection is consulted when its repository is searched (repo-upstream-behavior);
      // before that repository's upstreams is decided: the guide shows no repository with both
      const conn = repository.externalConnection;
      if (conn !== undefined) {
        const of = `${conn} (external connection of ${name})`;
        if (!isExternalConnectionName(conn)) {
          trace.push(
            `${name}: ${String(conn)} is not an external connection CodeArtifact supports, ignored (external-connection)`,
          );
        } else if (EXTERNAL_CONNECTION_FORMAT[conn] !== pkg.format) {
          // a public repository serves its own package format only (external-connection)
          trace.push(
            `${of}: serves ${EXTERNAL_CONNECTION_FORMAT[conn]} packages only, not consulted for ${pkg.format}`,
          );
        } else {
          const registry = getRegistry(domain, conn);
          if (registry !== undefined && !registry.available) {
            // outage: only versions already retained can be served (external-connection-requesting-packages)
            unavailable.push(conn);
            steps.push({
              kind: 'external',
              connection: conn,
              owner: name,
              outcome: 'unavailable',
              note: trace[trace.length - 1]!,
            });
            trace.push(
              `${of}: unavailable, so ${label} cannot be fetched from it now (external-connection-requesting-packages)`,
            );
          } else if (registry !== undefined && registryHas(registry, key, version)) {
            trace.push(`${of}: has ${label}`);
            steps.push({
              kind: 'external',
              connection: conn,
              owner: name,
              outcome: 'found',
              note: trace[trace.length - 1]!,
            });
            hit = { servedBy: conn, connectionOwner: name };
            return 'found';
          } else {
            trace.push(`${of}: does not have ${label}`);
            steps.push({
              kind: 'external',
              connection: conn,
              owner: name,
              outcome: 'missing',
              note: trace[trace.length - 1]!,
            });
          }
        }
      }
      return 'continue';
    },
    trace,
  );

  return { hit, searched: walk.searched, unavailable, blockedAtStart, withheld };
}
