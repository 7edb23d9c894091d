import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/** "rules[1].selection.countUnit" → ['rules', 1, 'selection', 'countUnit'] */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/**
 * Where a JSON path points in the text: the deepest node that exists along it (so an error on a
 * missing key lands on its parent object). Null when the text does not parse at all.
 */
export function locateJsonPath(text: string, path: string): { from: number; to: number } | null {
  const root = parseTree(text);
  if (!root) return null;
  const segments = pathSegments(path);
  let node: Node | undefined = root;
  for (let n = segments.length; n >= 0; n -= 1) {
    node = findNodeAtLocation(root, segments.slice(0, n));
    if (node) break;
  }
  const target = node?.parent?.type === 'property' ? node.parent : node;
  return target ? { from: target.offset, to: target.offset + target.length } : null;
}
