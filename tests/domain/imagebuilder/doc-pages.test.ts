// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DOC_PAGES } from '../../../src/domain/imagebuilder';
import { citedTags } from '../signer/helpers';

const sources = import.meta.glob<string>('../../../src/domain/imagebuilder/*.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

describe('Image Builder doc pages', () => {
  it('lists every page the engine cites, each as an https URL', () => {
    const cited = citedTags(sources, ['imagebuilder']);
    expect(cited.size).toBeGreaterThan(8);
    expect([...cited].filter((tag) => !/^https:\/\//.test(DOC_PAGES[tag] ?? ''))).toEqual([]);
  });
});
