// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DOC_PAGES } from '../../../src/domain/signer';
import { citedTags } from './helpers';

const sources = import.meta.glob<string>('../../../src/domain/signer/*.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

describe('signer doc pages', () => {
  it('lists every page the engine cites, each as an https URL', () => {
    const cited = citedTags(sources, ['signer', 'lambda', 'notation', 'ecr']);
    expect(cited.size).toBeGreaterThan(8);
    expect([...cited].filter((tag) => !/^https:\/\//.test(DOC_PAGES[tag] ?? ''))).toEqual([]);
  });
});
