/** MiniSearch options shared by the build-time indexer and the in-browser loader. */
export const SEARCH_FIELDS = ['title', 'text'] as const;
export const SEARCH_STORE_FIELDS = ['title', 'kind', 'url', 'context', 'text'] as const;

export type SearchDocKind = 'lesson' | 'glossary' | 'question' | 'trap';

export interface SearchDoc {
  id: string;
  kind: SearchDocKind;
  title: string;
  /** Where it lives, e.g. the lesson a section belongs to. */
  context: string;
  url: string;
  text: string;
}

export const SEARCH_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...SEARCH_STORE_FIELDS],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' as const },
};
