import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '../../../src/domain/search/options';
import { packIndex, unpackIndex } from '../../../src/domain/search/packedIndex';

const docs: SearchDoc[] = [
  {
    id: 'lesson:upstreams#order',
    kind: 'lesson',
    title: 'Search order',
    context: 'Upstreams',
    url: '/learn/upstreams#order',
    text: 'CodeArtifact searches upstream repositories in list order, upstream after upstream.',
  },
  {
    id: 'glossary:external-connection',
    kind: 'glossary',
    title: 'External connection',
    context: 'Glossary',
    url: '/glossary#external-connection',
    text: 'A link from a repository to a public registry such as npmjs.',
  },
  {
    id: 'question:upstreams-01',
    kind: 'question',
    title: 'Which repository serves the package?',
    context: 'Question · Upstreams',
    url: '/quiz?question=upstreams-01',
    text: 'The repository with the external connection serves it from the public registry.',
  },
];

function built() {
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(docs);
  return index;
}

describe('packed search index', () => {
  it('unpacks to exactly what MiniSearch serialized', () => {
    const json = built().toJSON();
    expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(json))))).toEqual(
      JSON.parse(JSON.stringify(json)),
    );
  });

  it('keeps repeated terms and gaps between document ids', () => {
    const packed = packIndex(built().toJSON());
    const lines = packed.postings.split('\n');
    // Three times in the first document's text (field 1): one posting with its count.
    expect(lines).toContain('upstream 1:0*3');
    // In the third document's title (field 0, id 2) and the texts of the second and third.
    expect(lines).toContain('repository 0:2;1:1,1');
  });

  it('answers the same searches once loaded', () => {
    const loaded = MiniSearch.loadJS(unpackIndex(packIndex(built().toJSON())), SEARCH_OPTIONS);
    for (const query of ['upstream order', 'public registry', 'extern'])
      expect(loaded.search(query)).toEqual(built().search(query));
  });

  it('packs an empty index', () => {
    const empty = new MiniSearch(SEARCH_OPTIONS).toJSON();
    expect(unpackIndex(packIndex(empty))).toEqual(empty);
  });
});
