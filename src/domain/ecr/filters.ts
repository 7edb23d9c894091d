/**
 * The three ways ECR registry settings select repositories by name: scanning filters (WILDCARD),
 * signing filters (WILDCARD_MATCH) and replication filters (PREFIX_MATCH).
 */
import { glob } from '../access/match';

/**
 * A scanning filter: without a wildcard it matches every name that contains it; with `*` the
 * wildcard stands for zero or more characters of the whole name (ecr/image-scanning-filters).
 */
export function scanningFilterMatches(filter: string, repositoryName: string): boolean {
  return filter.includes('*') ? glob(filter, repositoryName) : repositoryName.includes(filter);
}

/** A signing filter: `*` matches any sequence of characters (ecr/API_SigningRepositoryFilter). */
export function signingFilterMatches(filter: string, repositoryName: string): boolean {
  return glob(filter, repositoryName);
}

/** A replication filter: the repository name starts with the prefix (ecr/replication). */
export function prefixFilterMatches(filter: string, repositoryName: string): boolean {
  return repositoryName.startsWith(filter);
}
