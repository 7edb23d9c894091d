/** ECR tag patterns (`*` = any run of characters) and tag prefixes, matched without regexes. */

/** A tag pattern split at its `*`s; a prefix `p` is the pattern `p*`. Plain data, so one
 * matching function serves every rule (a closure per rule made the hot loop megamorphic). */
export interface Glob {
  first: string;
  last: string;
  middle: string[];
  /** false: the pattern has no `*` and must equal the tag. */
  star: boolean;
}

export function parseGlob(pattern: string): Glob {
  const parts = pattern.split('*');
  if (parts.length === 1) return { first: pattern, last: '', middle: [], star: false };
  return {
    first: parts[0] ?? '',
    last: parts[parts.length - 1] ?? '',
    middle: parts.slice(1, -1).filter((p) => p.length > 0),
    star: true,
  };
}

function globMatches(g: Glob, tag: string): boolean {
  if (!g.star) return tag === g.first;
  if (
    tag.length < g.first.length + g.last.length ||
    !tag.startsWith(g.first) ||
    !tag.endsWith(g.last)
  )
    return false;
  let at = g.first.length;
  const end = tag.length - g.last.length;
  for (const part of g.middle) {
    const found = tag.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/** Every glob matches at least one of the tags (LifecyclePolicies evaluation rules). */
export function everyGlobMatchesSomeTag(globs: readonly Glob[], tags: readonly string[]): boolean {
  const count = tags.length;
  if (count === 0) return false;
  for (const g of globs) {
    let found = false;
    for (let t = 0; t < count && !found; t += 1) found = globMatches(g, tags[t] ?? '');
    if (!found) return false;
  }
  return true;
}

/** A matcher for a tag pattern in which `*` stands for any run of characters. */
export function compileGlob(pattern: string): (tag: string) => boolean {
  const g = parseGlob(pattern);
  return (tag) => globMatches(g, tag);
}
