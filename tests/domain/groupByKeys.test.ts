import { describe, expect, it } from 'vitest';
import { groupByKeys } from '../../src/domain/groupByKeys';

describe('groupByKeys', () => {
  it('puts each item under every key it yields, groups in order of first appearance', () => {
    const items = [
      { id: 'a', tags: ['x', 'y'] },
      { id: 'b', tags: ['y'] },
      { id: 'c', tags: [] },
      { id: 'd', tags: ['z', 'x'] },
    ];
    expect(groupByKeys(items, (i) => i.tags).map((g) => [g.key, g.items.map((i) => i.id)])).toEqual(
      [
        ['x', ['a', 'd']],
        ['y', ['a', 'b']],
        ['z', ['d']],
      ],
    );
  });

  it('lists an item twice when it yields a key twice', () => {
    expect(groupByKeys(['a'], () => ['k', 'k'])).toEqual([{ key: 'k', items: ['a', 'a'] }]);
  });
});
