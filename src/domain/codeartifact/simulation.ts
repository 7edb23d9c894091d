import type { SimulationStep as Step } from '../simulation';
import { PolicyError } from '../errors';
import { packageKey } from './model';
import { publishPackageVersion } from './publish';
import { requestPackageVersion } from './request';
import type { UpstreamAction, UpstreamScenario } from './scenario';
import { issueAuthorizationToken, tokenRejection } from './token';
import type { CodeArtifactDomain, PackageVersionStatus, Repository } from './types';

export type SimulationStep = Step<UpstreamScenario>;

const addSeconds = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString();

function withRepositories(
  domain: CodeArtifactDomain,
  repositories: Record<string, Repository>,
): CodeArtifactDomain {
  return { ...domain, repositories };
}

// what each status does to downloads and listings (packages-overview, update-package-version-status)
const VERSION_STATUS_MEANS: Record<PackageVersionStatus, string> = {
  Published: 'Published: listed and downloadable (update-package-versions-status).',
  Unlisted:
    'Unlisted: left out of version lists such as npm view, but still downloaded by anyone who asks for this exact version, for example from a lock file (update-package-version-status).',
  Archived:
    'Archived: no longer downloadable and left out of version lists; setting it back to Published or Unlisted restores it (update-package-versions-status).',
  Disposed:
    'Disposed (dispose-package-versions): the assets are deleted and the version cannot be downloaded or restored.',
};

/** The step for an action on a repository that does not exist: nothing changes. */
function noRepository(s: UpstreamScenario, repo: string): SimulationStep {
  return {
    scenario: s,
    summary: `No repository ${repo}`,
    trace: [`There is no repository named ${repo}.`],
  };
}

/** Applies one learner action to a scenario. Pure: the input is never changed. */
export function applyUpstreamAction(s: UpstreamScenario, action: UpstreamAction): SimulationStep {
  switch (action.type) {
    case 'package.request': {
      const pkg = { format: action.format, name: action.name };
      const label = `${action.repo}: ${action.format} ${action.name}@${action.version}`;
      const problem = tokenRejection(s.token, s.now);
      if (problem) {
        return {
          scenario: {
            ...s,
            lastRequest: {
              repo: action.repo,
              package: packageKey(pkg),
              version: action.version,
              status: 401,
              servedBy: null,
              searched: [],
              retainedIn: [],
            },
          },
          summary: `Request ${label} → 401`,
          trace: [problem],
          processes: [
            { machine: 'packageRequest', input: { label, tokenRejection: problem, steps: [] } },
          ],
        };
      }
      const r = requestPackageVersion(s.domain, action.repo, pkg, action.version);
      return {
        scenario: {
          ...s,
          domain: r.domain,
          lastRequest: {
            repo: action.repo,
            package: packageKey(pkg),
            version: action.version,
            status: r.status,
            servedBy: r.servedBy,
            searched: r.searched,
            retainedIn: r.retainedIn,
          },
        },
        summary: `Request ${label} → ${r.status}${r.servedBy ? ` from ${r.servedBy}` : ''}`,
        trace: r.trace,
        processes: [
          { machine: 'packageRequest', input: { label, tokenRejection: null, steps: r.steps } },
        ],
      };
    }
    case 'package.publish': {
      const pkg = { format: action.format, name: action.name };
      const problem = tokenRejection(s.token, s.now);
      const label = `${action.repo}: ${action.format} ${action.name}@${action.version}`;
      if (problem) return { scenario: s, summary: `Publish ${label} → 401`, trace: [problem] };
      const r = publishPackageVersion(s.domain, action.repo, pkg, action.version);
      return {
        scenario: { ...s, domain: r.domain },
        summary: `Publish ${label} → ${r.status}`,
        trace: r.trace,
      };
    }
    case 'registry.availability.set': {
      const registry = s.domain.registries[action.connection] ?? { available: true, packages: {} };
      return {
        scenario: {
          ...s,
          domain: {
            ...s.domain,
            registries: {
              ...s.domain.registries,
              [action.connection]: { ...registry, available: action.available },
            },
          },
        },
        summary: `${action.connection} ${action.available ? 'back online' : 'outage begins'}`,
        trace: [
          action.available
            ? `${action.connection} is reachable again: versions not yet cached can be fetched.`
            : `${action.connection} is unreachable: versions already retained in the domain are still served; anything not yet cached fails (external-connection-requesting-packages).`,
        ],
      };
    }
    case 'origin.set': {
      const repo = s.domain.repositories[action.repo];
      if (!repo) return noRepository(s, action.repo);
      const key = packageKey({ format: action.format, name: action.name });
      const record = repo.packages[key] ?? { versions: [] };
      const packages = {
        ...repo.packages,
        [key]: { ...record, origin: { publish: action.publish, upstream: action.upstream } },
      };
      return {
        scenario: {
          ...s,
          domain: withRepositories(s.domain, {
            ...s.domain.repositories,
            [action.repo]: { ...repo, packages },
          }),
        },
        summary: `Origin controls of ${key} in ${action.repo}: publish ${action.publish}, upstream ${action.upstream}`,
        trace: [
          `put-package-origin-configuration works even before the package exists (package-origin-controls).`,
          action.upstream === 'BLOCK'
            ? `upstream BLOCK: versions of ${key} from upstream repositories and external connections are hidden from ${action.repo}.`
            : `upstream ALLOW: ${action.repo} may take versions of ${key} from its upstreams.`,
          action.publish === 'BLOCK'
            ? `publish BLOCK: nobody can publish ${key} directly to ${action.repo}.`
            : `publish ALLOW: ${key} may be published directly to ${action.repo}.`,
        ],
      };
    }
    case 'package.version.status.set': {
      const repo = s.domain.repositories[action.repo];
      if (!repo) return noRepository(s, action.repo);
      const key = packageKey({ format: action.format, name: action.name });
      const label = `${key}@${action.version} in ${action.repo}`;
      const record = repo.packages[key];
      if (!record?.versions.includes(action.version))
        return {
          scenario: s,
          summary: `No version ${label}`,
          trace: [`${action.repo} holds no version ${action.version} of ${key}.`],
        };
      if (record.status?.[action.version] === 'Disposed')
        return {
          scenario: s,
          summary: `${label} stays Disposed`,
          trace: [
            `A Disposed version's assets are deleted, so its status cannot change again (API_DisposePackageVersions).`,
          ],
        };
      const status = { ...record.status, [action.version]: action.status };
      if (action.status === 'Published') delete status[action.version];
      return {
        scenario: {
          ...s,
          domain: withRepositories(s.domain, {
            ...s.domain.repositories,
            [action.repo]: {
              ...repo,
              packages: { ...repo.packages, [key]: { ...record, status } },
            },
          }),
        },
        summary: `${label}: ${action.status}`,
        trace: [VERSION_STATUS_MEANS[action.status]],
      };
    }
    case 'token.issue': {
      try {
        const token = issueAuthorizationToken(action.durationSeconds, s.now);
        const duration =
          action.durationSeconds === undefined
            ? 'the default 43200 s (12 h)'
            : action.durationSeconds === 0
              ? '0 (the role session’s remaining time)'
              : `${action.durationSeconds} s`;
        return {
          scenario: { ...s, token },
          summary: `New token, ${duration}`,
          trace: [
            `get-authorization-token with --duration-seconds ${duration}: expires ${token.expiresAt ?? 'when the assumed role session ends'} (tokens-authentication).`,
            'Calling it needs codeartifact:GetAuthorizationToken and sts:GetServiceBearerToken in the caller’s identity policy.',
          ],
        };
      } catch (error) {
        const message = error instanceof PolicyError ? error.message : String(error);
        return { scenario: s, summary: 'Token refused', trace: [message] };
      }
    }
    case 'clock.advance': {
      const now = addSeconds(s.now, action.seconds);
      const expired =
        s.token?.expiresAt &&
        Date.parse(s.token.expiresAt) <= Date.parse(now) &&
        Date.parse(s.token.expiresAt) > Date.parse(s.now);
      return {
        scenario: { ...s, now },
        summary: `Clock +${formatDuration(action.seconds)}`,
        trace: [
          `The simulated clock reads ${now}.`,
          ...(expired ? [`The build's token expired at ${s.token!.expiresAt}.`] : []),
        ],
      };
    }
    case 'repo.add': {
      if (s.domain.repositories[action.repo])
        return {
          scenario: s,
          summary: `${action.repo} already exists`,
          trace: [`A repository named ${action.repo} already exists in ${s.domain.name}.`],
        };
      return {
        scenario: {
          ...s,
          domain: withRepositories(s.domain, {
            ...s.domain.repositories,
            [action.repo]: { upstreams: [], packages: {} },
          }),
        },
        summary: `Repository ${action.repo} created`,
        trace: [
          `create-repository --repository ${action.repo}: an empty repository with no upstreams.`,
        ],
      };
    }
    case 'repo.remove': {
      if (!s.domain.repositories[action.repo]) return noRepository(s, action.repo);
      const repositories = Object.fromEntries(
        Object.entries(s.domain.repositories)
          .filter(([name]) => name !== action.repo)
          .map(([name, repo]) => [
            name,
            { ...repo, upstreams: repo.upstreams.filter((u) => u !== action.repo) },
          ]),
      );
      return {
        scenario: { ...s, domain: withRepositories(s.domain, repositories) },
        summary: `Repository ${action.repo} deleted`,
        trace: [
          `delete-repository ${action.repo}; it is removed from every upstream list. Versions other repositories retained from it stay where they are (repo-upstream-behavior).`,
        ],
      };
    }
    case 'upstreams.set': {
      const repo = s.domain.repositories[action.repo];
      if (!repo) return noRepository(s, action.repo);
      return {
        scenario: {
          ...s,
          domain: withRepositories(s.domain, {
            ...s.domain.repositories,
            [action.repo]: { ...repo, upstreams: [...action.upstreams] },
          }),
        },
        summary: `Upstreams of ${action.repo}: ${action.upstreams.join(', ') || 'none'}`,
        trace: [
          `update-repository --upstreams ${action.upstreams.map((u) => `repositoryName=${u}`).join(' ') || '(none)'}: the list order is the search priority (repo-upstream-search-order).`,
        ],
      };
    }
    case 'connection.set': {
      const repo = s.domain.repositories[action.repo];
      if (!repo) return noRepository(s, action.repo);
      const { externalConnection: _old, ...rest } = repo;
      const next: Repository = action.connection
        ? { ...rest, externalConnection: action.connection }
        : rest;
      const registries =
        action.connection && !s.domain.registries[action.connection]
          ? { ...s.domain.registries, [action.connection]: { available: true, packages: {} } }
          : s.domain.registries;
      return {
        scenario: {
          ...s,
          domain: {
            ...s.domain,
            registries,
            repositories: { ...s.domain.repositories, [action.repo]: next },
          },
        },
        summary: action.connection
          ? `${action.repo} connected to ${action.connection}`
          : `${action.repo} external connection removed`,
        trace: [
          action.connection
            ? `associate-external-connection --external-connection ${action.connection}: a repository has at most one external connection (external-connection).`
            : `disassociate-external-connection: versions already retained stay available.`,
        ],
      };
    }
    case 'searchOrder.predict':
      return {
        scenario: { ...s, prediction: [...action.order] },
        summary: `Predicted order: ${action.order.join(' → ')}`,
        trace: [
          'Your prediction is recorded; send the request to compare it with CodeArtifact’s real order.',
        ],
      };
  }
}

function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
