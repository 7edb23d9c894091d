import { getRepository, upstreamsOf } from './model';
import type { CodeArtifactDomain } from './types';

/**
 * Groups of repositories that reach each other through upstreams (a repository listing itself
 * is a group of one), for the UI to point out. The user guide neither forbids nor describes
 * cycles; a request through one still ends, as each repository is searched once.
 */
export function upstreamCycles(domain: CodeArtifactDomain): string[][] {
  // Tarjan's strongly connected components, in the domain's repository order
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;

  const connect = (name: string): void => {
    index.set(name, counter);
    low.set(name, counter);
    counter += 1;
    stack.push(name);
    onStack.add(name);
    const repository = getRepository(domain, name);
    const upstreams = repository === undefined ? [] : upstreamsOf(repository);
    let selfLoop = false;
    for (const upstream of upstreams) {
      if (upstream === name) selfLoop = true;
      if (getRepository(domain, upstream) === undefined) continue;
      if (!index.has(upstream)) {
        connect(upstream);
        low.set(name, Math.min(low.get(name) ?? 0, low.get(upstream) ?? 0));
      } else if (onStack.has(upstream)) {
        low.set(name, Math.min(low.get(name) ?? 0, index.get(upstream) ?? 0));
      }
    }
    if (low.get(name) === index.get(name)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== name);
      if (group.length > 1 || selfLoop) groups.push(group.reverse());
    }
  };

  for (const name of Object.keys(domain.repositories)) {
    if (!index.has(name)) connect(name);
  }
  return groups;
}
