import { getPackage, getRepository, hasVersion, packageKey } from './model';
import { ORIGIN_AFTER_PUBLISH, describeOrigin, effectiveOrigin } from './origin';
import { locate } from './resolve';
import { addVersion } from './store';
import type { CodeArtifactDomain, PackageRef, PublishResult } from './types';

/**
 * A package manager publishes one version of a package to `repository`. Returns CodeArtifact's
 * answer and the domain afterwards. Never throws and never changes the input domain.
 */
export function publishPackageVersion(
  domain: CodeArtifactDomain,
  repository: string,
  pkg: PackageRef,
  version: string,
): PublishResult {
  const key = packageKey(pkg);
  const label = `${key}@${version}`;
  const trace: string[] = [`Publish ${label} to ${repository}`];

  const repo = getRepository(domain, repository);
  if (repo === undefined) {
    // AWS answers 404 for a missing repository; the publish contract has no 404, so: refused
    trace.push(
      `${repository}: no such repository in domain ${domain.name}, so the publish is refused (403)`,
    );
    return { status: 403, domain, trace };
  }

  const record = getPackage(repo, key);
  const current = effectiveOrigin(record);
  // a new package takes the defaults of a first published version (package-origin-controls)
  const origin = current ?? ORIGIN_AFTER_PUBLISH;

  // publish BLOCK: no version can be published directly (package-origin-controls)
  if (origin.publish === 'BLOCK') {
    trace.push(
      `${key} in ${repository} has origin controls ${describeOrigin(origin)}, so publishing is refused: 403 (package-origin-controls)`,
    );
    return { status: 403, domain, trace };
  }

  // a version is immutable: republishing its assets with other content is a conflict (packages-overview)
  if (hasVersion(record, version)) {
    trace.push(
      `${label} already exists in ${repository}; a published version cannot be overwritten, so 409 Conflict (packages-overview)`,
    );
    return { status: 409, domain, trace };
  }

  if (current === null) {
    // a new package: its first publish sets upstream BLOCK, so nothing upstream can conflict (package-origin-controls)
    trace.push(
      `${key} does not exist in ${repository} yet: this first version gets ${describeOrigin(origin)}, so upstream versions are not reachable (package-origin-controls)`,
    );
  } else if (origin.upstream === 'BLOCK') {
    // upstream BLOCK: upstream versions are unreachable, so any new version may be published (package-origin-controls)
    trace.push(
      `${key} in ${repository} has ${describeOrigin(origin)}: upstream versions are not reachable, so they cannot conflict (package-origin-controls)`,
    );
  } else {
    // ALLOW / ALLOW: a version reachable upstream or in a public repository cannot be published (package-origin-controls)
    const legacy =
      record?.origin === undefined
        ? ' (no controls recorded: a package from before origin controls)'
        : '';
    trace.push(
      `${key} in ${repository} has ${describeOrigin(origin)}${legacy}: checking whether ${version} is reachable through upstreams`,
    );
    const found = locate(domain, repository, pkg, key, version, trace, []);
    if (found.hit !== null) {
      trace.push(
        `${label} is reachable from ${repository} (in ${found.hit.servedBy}), so 409 Conflict: CodeArtifact does not allow publishing versions reachable through upstreams (package-origin-controls)`,
      );
      return { status: 409, domain, trace };
    }
    if (found.unavailable.length > 0) {
      // an outage may hide what a public repository holds, so the publish may be let through
      // (external-connection-requesting-packages)
      trace.push(
        `${found.unavailable.join(', ')} is unavailable, so CodeArtifact cannot see whether it holds ${version}; the publish is let through (external-connection-requesting-packages)`,
      );
    }
  }

  const added = addVersion(domain, repository, key, version, 'publish');
  trace.push(`Published ${label} to ${repository}: 200 (packages-overview)`);
  if (added.originSet !== null) {
    // the first version was published: publish ALLOW, upstream BLOCK (package-origin-controls)
    trace.push(
      `${key} is new in ${repository}: origin controls set to ${describeOrigin(added.originSet)} (package-origin-controls)`,
    );
  }
  return { status: 200, domain: added.domain, trace };
}
