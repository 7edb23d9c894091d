import MiniSearch, { type AsPlainObject } from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc, type SearchDocKind } from '../../domain/search/options';
import { unpackIndex, type PackedIndex } from '../../domain/search/packedIndex';

export interface SearchHit extends SearchDoc {
  terms: string[];
}

let index: Promise<MiniSearch> | null = null;

/** The index is built at build time and loaded (once) the first time someone searches. */
export function loadSearchIndex(): Promise<MiniSearch> {
  index ??= import('virtual:search-index').then((m) =>
    MiniSearch.loadJS(
      unpackIndex(JSON.parse(m.default) as PackedIndex<Omit<AsPlainObject, 'index'>>),
      SEARCH_OPTIONS,
    ),
  );
  return index;
}

export async function searchContent(query: string, limit = 30): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const ms = await loadSearchIndex();
  return ms
    .search(trimmed)
    .slice(0, limit)
    .map((r) => ({
      id: String(r.id),
      kind: r['kind'] as SearchDocKind,
      title: String(r['title']),
      context: String(r['context']),
      url: String(r['url']),
      text: String(r['text'] ?? ''),
      terms: [...new Set([...r.terms, ...trimmed.toLowerCase().split(/\s+/)])],
    }));
}
