import {
  DOMAIN_NAME,
  EXTERNAL_CONNECTION_FORMAT,
  MAX_DIRECT_UPSTREAMS,
  PACKAGE_FORMATS,
  REPOSITORY_NAME,
  isExternalConnectionName,
  isPackageFormat,
} from './rules';
import type { CodeArtifactDomain, DomainIssue } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b`, or `a["x/y"]` when the name would not read as one path segment. */
function at(path: string, name: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

const CONNECTIONS = Object.keys(EXTERNAL_CONNECTION_FORMAT).join(', ');

/**
 * What CodeArtifact would refuse in this domain, each with the JSON path it is about. An empty
 * list means the domain is one AWS could hold. Cycles in the upstream graph are not reported:
 * the user guide neither forbids nor describes them (see `upstreamCycles`), and a request never
 * loops because each repository is searched once.
 */
export function validateDomain(domain: CodeArtifactDomain): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const report = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const input: unknown = domain;
  if (!isObject(input)) {
    report('', 'a domain is an object with name, repositories and registries');
    return issues;
  }

  // domain names (API_CreateDomain)
  if (typeof input.name !== 'string' || !DOMAIN_NAME.test(input.name)) {
    report(
      'name',
      'a domain name is 2–50 characters: lower-case letters, digits and hyphens, starting with a letter',
    );
  }

  const repositories = input.repositories;
  if (!isObject(repositories)) {
    report('repositories', 'an object of repositories by name');
  } else {
    for (const [name, repository] of Object.entries(repositories)) {
      validateRepository(name, repository, repositories, report);
    }
  }

  const registries = input.registries;
  if (!isObject(registries)) {
    report('registries', 'an object of public registries by external connection name');
  } else {
    for (const [conn, registry] of Object.entries(registries)) {
      validateRegistry(conn, registry, report);
    }
  }
  return issues;
}

function validateRepository(
  name: string,
  repository: unknown,
  repositories: Json,
  report: (path: string, message: string) => void,
): void {
  const path = at('repositories', name);
  // repository names: 2–100 of letters, digits, . _ -, starting with a letter or digit (API_CreateRepository)
  if (!REPOSITORY_NAME.test(name)) {
    report(
      path,
      `"${name}" is not a repository name: 2–100 characters of letters, digits, ".", "_" and "-", starting with a letter or digit`,
    );
  }
  if (!isObject(repository)) {
    report(path, 'a repository is an object with upstreams and packages');
    return;
  }

  const upstreams = repository.upstreams;
  if (!Array.isArray(upstreams)) {
    report(`${path}.upstreams`, 'a list of repository names in priority order');
  } else {
    // at most 10 direct upstreams (repo-upstream-behavior)
    if (upstreams.length > MAX_DIRECT_UPSTREAMS) {
      report(
        `${path}.upstreams`,
        `${upstreams.length} upstream repositories; a repository can have at most ${MAX_DIRECT_UPSTREAMS}`,
      );
    }
    upstreams.forEach((upstream: unknown, index) => {
      const item = `${path}.upstreams[${index}]`;
      if (typeof upstream !== 'string') {
        report(item, 'an upstream is a repository name');
      } else if (!Object.hasOwn(repositories, upstream)) {
        // an upstream must be a repository of the same domain (repos-upstream)
        report(item, `no repository named "${upstream}" in this domain`);
      } else if (upstreams.indexOf(upstream) !== index) {
        report(
          item,
          `"${upstream}" is already listed at upstreams[${upstreams.indexOf(upstream)}]`,
        );
      }
    });
  }

  const conn = repository.externalConnection;
  if (conn !== undefined) {
    const connPath = `${path}.externalConnection`;
    if (Array.isArray(conn)) {
      // one external connection per repository (external-connection)
      if (conn.length > 1)
        report(connPath, `${conn.length} external connections; a repository can have only one`);
      conn.forEach((c: unknown, index) => {
        if (!isExternalConnectionName(c)) report(`${connPath}[${index}]`, unknownConnection(c));
      });
      report(connPath, 'write the one external connection as a name, not a list');
    } else if (!isExternalConnectionName(conn)) {
      // the connections AssociateExternalConnection accepts (API_AssociateExternalConnection)
      report(connPath, unknownConnection(conn));
    }
    // "one or more upstream repositories, or an external connection" (API_AssociateExternalConnection)
    if (Array.isArray(upstreams) && upstreams.length > 0) {
      report(
        connPath,
        'a repository can have upstream repositories or an external connection, not both; attach the connection to a repository of its own and list that one as an upstream',
      );
    }
  }
  if (repository.externalConnections !== undefined) {
    report(
      `${path}.externalConnections`,
      'write the one external connection as externalConnection',
    );
  }

  checkPackages(repository.packages, path, 'packages', report, (record, packagePath) => {
    if (!isObject(record)) {
      report(packagePath, 'a package is an object with versions and optional origin controls');
      return;
    }
    checkVersions(record.versions, `${packagePath}.versions`, report);
    const origin = record.origin;
    if (origin !== undefined) {
      // publish and upstream are each ALLOW or BLOCK (package-origin-controls)
      if (!isObject(origin)) {
        report(`${packagePath}.origin`, 'origin controls are { publish, upstream }');
      } else {
        for (const setting of ['publish', 'upstream'] as const) {
          if (origin[setting] !== 'ALLOW' && origin[setting] !== 'BLOCK') {
            report(`${packagePath}.origin.${setting}`, 'ALLOW or BLOCK');
          }
        }
      }
    }
  });
}

function validateRegistry(
  conn: string,
  registry: unknown,
  report: (path: string, message: string) => void,
): void {
  const path = at('registries', conn);
  if (!isExternalConnectionName(conn)) {
    report(path, unknownConnection(conn));
  }
  if (!isObject(registry)) {
    report(path, 'a registry is an object with available and packages');
    return;
  }
  if (typeof registry.available !== 'boolean') {
    report(`${path}.available`, 'true or false');
  }
  checkPackages(
    registry.packages,
    path,
    'version lists',
    report,
    (versions, packagePath, format) => {
      // a public repository holds one package format (external-connection)
      if (
        format !== null &&
        isExternalConnectionName(conn) &&
        EXTERNAL_CONNECTION_FORMAT[conn] !== format
      ) {
        report(packagePath, `${conn} holds ${EXTERNAL_CONNECTION_FORMAT[conn]} packages only`);
      }
      checkVersions(versions, packagePath, report);
    },
  );
}

function unknownConnection(value: unknown): string {
  return `${typeof value === 'string' ? `"${value}"` : 'this'} is not an external connection CodeArtifact supports; one of ${CONNECTIONS}`;
}

/**
 * Checks `packages`, an object of `what` by "format/name": each key, then each entry with
 * `check`, given the entry's path and the key's format (null when the key is malformed).
 */
function checkPackages(
  packages: unknown,
  path: string,
  what: string,
  report: (path: string, message: string) => void,
  check: (entry: unknown, packagePath: string, format: string | null) => void,
): void {
  if (!isObject(packages)) {
    report(`${path}.packages`, `an object of ${what} by "format/name"`);
    return;
  }
  for (const [key, entry] of Object.entries(packages)) {
    const packagePath = at(`${path}.packages`, key);
    check(entry, packagePath, checkPackageKey(key, packagePath, report));
  }
}

/** Reports a malformed `format/name` key; returns its format when valid. */
function checkPackageKey(
  key: string,
  path: string,
  report: (path: string, message: string) => void,
): string | null {
  const slash = key.indexOf('/');
  const format = slash > 0 ? key.slice(0, slash) : '';
  if (!isPackageFormat(format) || slash === key.length - 1) {
    report(
      path,
      `a package key is "format/name" with a format among ${PACKAGE_FORMATS.join(', ')}`,
    );
    return null;
  }
  return format;
}

function checkVersions(
  versions: unknown,
  path: string,
  report: (path: string, message: string) => void,
): void {
  if (!Array.isArray(versions)) {
    report(path, 'a list of version strings');
    return;
  }
  versions.forEach((version: unknown, index) => {
    if (typeof version !== 'string' || version.length === 0) {
      report(`${path}[${index}]`, 'a version is a non-empty string');
    } else if (versions.indexOf(version) !== index) {
      // a version exists once per package (packages-overview)
      report(
        `${path}[${index}]`,
        `"${version}" is already listed at [${versions.indexOf(version)}]`,
      );
    }
  });
}
