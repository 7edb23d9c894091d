import { getRepository, holders, packageKey } from './model';
import { describeOrigin } from './origin';
import { locate } from './resolve';
import { addVersion } from './store';
import type {
  CodeArtifactDomain,
  PackageRef,
  RequestResult,
  RequestStatus,
  RequestStep,
} from './types';

/**
 * A package manager asks `repository` for one version of a package. Returns what CodeArtifact
 * answers, the repositories it looked in, and the domain afterwards (with any retained copies).
 * Never throws and never changes the input domain.
 */
export function requestPackageVersion(
  domain: CodeArtifactDomain,
  repository: string,
  pkg: PackageRef,
  version: string,
): RequestResult {
  const key = packageKey(pkg);
  const label = `${key}@${version}`;
  const trace: string[] = [`Request ${label} from ${repository}`];
  const steps: RequestStep[] = [];
  const answer = (status: RequestStatus, servedBy: string | null): RequestStep[] => [
    ...steps,
    {
      kind: 'answer',
      status,
      servedBy,
      note: servedBy ? `200 OK: ${label} served by ${servedBy}` : trace[trace.length - 1]!,
    },
  ];

  // no such repository: nothing to search (repo-upstream-behavior)
  if (getRepository(domain, repository) === undefined) {
    trace.push(
      `${repository}: no such repository in domain ${domain.name}, so 404 Not Found (repo-upstream-behavior)`,
    );
    return {
      status: 404,
      servedBy: null,
      searched: [],
      retainedIn: holders(domain, key, version),
      domain,
      trace,
      steps: answer(404, null),
    };
  }

  const found = locate(domain, repository, pkg, key, version, trace, steps);
  const hit = found.hit;

  if (hit === null) {
    if (found.withheld) {
      // an Archived or Disposed version is not served (packages-overview)
      trace.push(
        `${label} is ${found.withheld.status} in ${found.withheld.repository}, so 404 Not Found (packages-overview)`,
      );
    } else if (found.blockedAtStart) {
      // hidden by upstream BLOCK and not published here: 404 (package-origin-controls)
      trace.push(
        `${label} is not in ${repository} and upstream versions are blocked there, so 404 Not Found (package-origin-controls)`,
      );
    } else if (found.unavailable.length > 0) {
      // not retained anywhere and the public repository is down (external-connection-requesting-packages)
      trace.push(
        `${label} is not retained in any repository searched and ${found.unavailable.join(', ')} is unavailable, so 503; only a retry once it recovers can fetch it (external-connection-requesting-packages)`,
      );
    } else {
      // found nowhere: 404 (repo-upstream-behavior)
      trace.push(
        `${label} is not in ${repository}, its upstream repositories or their external connections, so 404 Not Found (repo-upstream-behavior)`,
      );
    }
    const status =
      !found.withheld && !found.blockedAtStart && found.unavailable.length > 0 ? 503 : 404;
    return {
      status,
      servedBy: null,
      searched: found.searched,
      retainedIn: holders(domain, key, version),
      domain,
      trace,
      steps: answer(status, null),
    };
  }

  // in the requested repository itself: served as is, nothing copied (repo-upstream-behavior)
  if (hit.servedBy === repository) {
    trace.push(`Served from ${repository} itself; nothing is copied (repo-upstream-behavior)`);
    return {
      status: 200,
      servedBy: repository,
      searched: found.searched,
      retainedIn: holders(domain, key, version),
      domain,
      trace,
      steps: answer(200, repository),
    };
  }

  trace.push(`Served by ${hit.servedBy}`);
  // found upstream: a reference is retained in the requested repository (repo-upstream-behavior)
  let next = domain;
  const retainedNow: string[] = [];
  const keep = (name: string, why: string): void => {
    const added = addVersion(next, name, key, version, 'ingest');
    next = added.domain;
    retainedNow.push(name);
    trace.push(`Retained in ${name}: ${why} (repo-upstream-behavior)`);
    if (added.originSet !== null) {
      // the first version arrived by ingestion: publish BLOCK, upstream ALLOW (package-origin-controls)
      trace.push(
        `${key} is new in ${name}: origin controls set to ${describeOrigin(added.originSet)} (package-origin-controls)`,
      );
    }
  };
  keep(repository, 'the repository the package manager asked');
  // through an external connection: also retained where the connection is attached (repo-upstream-behavior)
  if (hit.connectionOwner !== null && hit.connectionOwner !== repository) {
    keep(hit.connectionOwner, `it owns the external connection ${hit.servedBy}`);
  }
  // intermediates never retain (repo-upstream-behavior)
  const passedThrough = found.searched.filter(
    (name) => name !== hit.servedBy && !retainedNow.includes(name),
  );
  if (passedThrough.length > 0) {
    trace.push(
      `Not retained in ${passedThrough.join(', ')}: repositories searched on the way never keep a copy (repo-upstream-behavior)`,
    );
  }
  steps.push({
    kind: 'retained',
    repositories: retainedNow,
    note: `Retained in ${retainedNow.join(' and ')} (repo-upstream-behavior)`,
  });
  return {
    status: 200,
    servedBy: hit.servedBy,
    searched: found.searched,
    retainedIn: holders(next, key, version),
    domain: next,
    trace,
    steps: answer(200, hit.servedBy),
  };
}
