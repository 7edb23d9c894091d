// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DOC_PAGES } from '../../../src/domain/ecr';
import { citedTags } from '../signer/helpers';

const sources = import.meta.glob<string>('../../../src/domain/ecr/*.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

describe('ECR doc pages', () => {
  it('lists every page the engine cites, each as an https URL', () => {
    const cited = citedTags(sources, ['ecr', 'eventbridge', 'securityhub']);
    expect(cited.size).toBeGreaterThan(8);
    expect([...cited].filter((tag) => !/^https:\/\//.test(DOC_PAGES[tag] ?? ''))).toEqual([]);
  });
});
