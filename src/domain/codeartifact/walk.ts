import { getRepository, upstreamsOf } from './model';
import { MAX_REPOSITORIES_SEARCHED } from './rules';
import type { CodeArtifactDomain, Repository, SearchStep } from './types';

/**
 * What a visitor decides about the repository it was shown:
 * 'found' ends the search, 'stop' ends it without a hit, 'blocked' keeps the search out of this
 * repository's upstreams, 'continue' goes on into its upstreams in priority order.
 */
export type VisitOutcome = 'found' | 'stop' | 'blocked' | 'continue';

export interface Walk {
  /** Repositories examined, in order. */
  searched: string[];
  found: boolean;
  /** The search stopped because it had looked in the maximum number of repositories. */
  limitReached: boolean;
}

/**
 * Depth-first through the upstream graph from `start`: a repository, then each of its upstreams
 * in list order with all of theirs, before the next one (repo-upstream-search-order).
 */
export function walkUpstreamGraph(
  domain: CodeArtifactDomain,
  start: string,
  visit: (name: string, repository: Repository) => VisitOutcome,
  trace?: string[],
): Walk {
  const searched: string[] = [];
  const seen = new Set<string>();
  let limitReached = false;
  let stopped = false;

  const go = (name: string, from: string | null): boolean => {
    // a repository reached twice (diamond or cycle) is looked in once
    if (seen.has(name)) {
      trace?.push(`${name}: already searched in this request, not searched again`);
      return false;
    }
    const repository = getRepository(domain, name);
    if (repository === undefined) {
      trace?.push(`${from ?? name}: upstream ${name} does not exist in the domain, skipped`);
      return false;
    }
    // at most 25 repositories per request (repo-upstream-behavior)
    if (searched.length >= MAX_REPOSITORIES_SEARCHED) {
      limitReached = true;
      return false;
    }
    seen.add(name);
    searched.push(name);
    const outcome = visit(name, repository);
    // the search stops at the first repository that has the version (repo-upstream-search-order)
    if (outcome === 'found') return true;
    if (outcome === 'stop') {
      stopped = true;
      return true;
    }
    if (outcome === 'blocked') return false;
    for (const upstream of upstreamsOf(repository)) {
      if (go(upstream, name)) return true;
      if (limitReached) return false;
    }
    return false;
  };

  const found = go(start, null) && !stopped;
  if (limitReached) {
    trace?.push(
      `Stopped after ${MAX_REPOSITORIES_SEARCHED} repositories: CodeArtifact looks in at most ${MAX_REPOSITORIES_SEARCHED} per request (repo-upstream-behavior)`,
    );
  }
  return { searched, found, limitReached };
}

/**
 * The order a request to `repository` would look in, whatever the package: each repository,
 * then its external connection, then its upstreams. Empty for an unknown repository.
 */
export function searchOrder(domain: CodeArtifactDomain, repository: string): SearchStep[] {
  const steps: SearchStep[] = [];
  walkUpstreamGraph(domain, repository, (name, repo) => {
    steps.push(
      repo.externalConnection === undefined
        ? { repository: name }
        : { repository: name, externalConnection: repo.externalConnection },
    );
    return 'continue';
  });
  return steps;
}
