/**
 * Items grouped under every key each one yields (an item yielding a key twice is in its group
 * twice), groups in order of first appearance.
 */
export function groupByKeys<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return [...groups].map(([key, grouped]) => ({ key, items: grouped }));
}
