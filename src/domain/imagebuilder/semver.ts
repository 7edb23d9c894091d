/**
 * Semantic versions <major>.<minor>.<patch>[/<build>] and the x wildcards recipes select them
 * with (imagebuilder/ibhow-semantic-versioning).
 */
import { PolicyError } from '../errors';
import { MAX_VERSION_NODE } from './rules';

export type Version = [number, number, number];

/** A version x.y.z; throws PolicyError at `path` otherwise. */
export function parseVersion(text: string, path = 'version'): Version {
  const nodes = text.split('.');
  if (
    nodes.length !== 3 ||
    nodes.some((n) => !/^\d{1,10}$/.test(n) || Number(n) > MAX_VERSION_NODE)
  ) {
    throw new PolicyError(
      path,
      `"${text}" is not <major>.<minor>.<patch>, each 0–${MAX_VERSION_NODE}`,
    );
  }
  return nodes.map(Number) as Version;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * A version filter: numbers or x; after the first x every node must be x, so x.2.x and 1.x.8
 * are errors (imagebuilder/ibhow-semantic-versioning). Returns the fixed leading nodes.
 */
export function parseFilter(filter: string, path = 'filter'): number[] {
  const nodes = filter.split('.');
  if (nodes.length !== 3) throw new PolicyError(path, `"${filter}" needs three nodes, e.g. 1.x.x`);
  const first = nodes.indexOf('x');
  const fixed = first === -1 ? nodes : nodes.slice(0, first);
  if (first !== -1 && nodes.slice(first).some((n) => n !== 'x')) {
    throw new PolicyError(
      path,
      `"${filter}": every node after the first x must also be x (imagebuilder/ibhow-semantic-versioning)`,
    );
  }
  parseVersion([...fixed, ...nodes.slice(fixed.length).map(() => '0')].join('.'), path);
  return fixed.map(Number);
}

export function hasWildcard(filter: string): boolean {
  return filter.split('.').includes('x');
}

/** Whether a version matches a filter's fixed nodes. */
export function versionMatches(filter: string, version: string): boolean {
  const fixed = parseFilter(filter);
  const v = parseVersion(version);
  return fixed.every((n, i) => v[i] === n);
}

/** The newest version the filter selects, or null (imagebuilder/ibhow-semantic-versioning). */
export function resolveVersion(filter: string, versions: string[]): string | null {
  parseFilter(filter);
  let best: { text: string; v: Version } | null = null;
  for (const text of versions) {
    if (!versionMatches(filter, text)) continue;
    const v = parseVersion(text);
    if (best === null || compareVersions(v, best.v) > 0) best = { text, v };
  }
  return best?.text ?? null;
}

const ARN =
  /^arn:aws(?:-[a-z]+)*:imagebuilder:[a-z0-9-]+:(aws|\d{12}):(component|image)\/([a-z0-9._-]+)(?:\/([0-9x.]+))?$/;

/** An Image Builder component or image ARN: its name and version filter (versionless = x.x.x). */
export function parseResourceArn(
  arn: string,
  kind: 'component' | 'image',
  path: string,
): { name: string; filter: string } | null {
  const m = ARN.exec(arn);
  if (m === null || m[2] !== kind) return null;
  const filter = m[4] ?? 'x.x.x';
  parseFilter(filter, path);
  return { name: m[3] ?? '', filter };
}
