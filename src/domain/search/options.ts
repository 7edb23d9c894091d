/** MiniSearch options shared by the build-time indexer and the in-browser loader. */
/** `context` (the lesson a section belongs to) is indexed so "object lock compliance" finds the
 * compliance section of the Object Lock lesson, not only sections repeating every word. */
export const SEARCH_FIELDS = ['title', 'text', 'context'] as const;
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

/** Lessons first: a learner searching a topic most often wants the section that teaches it. */
const KIND_BOOST: Record<SearchDocKind, number> = {
  lesson: 1.6,
  glossary: 1.3,
  trap: 1.1,
  question: 0.7,
};

// Words too common to tell documents apart: leaving them out keeps the shipped index small.
const STOP_WORDS = new Set(
  'a an and are as at be but by can do does for from has have if in into is it its no not of on or so such than that the their then there these they this to was were will with you your we our when which who what how all any each also may must more most other some same'.split(
    ' ',
  ),
);

export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOP_WORDS.has(lower) ? null : lower;
}

export const SEARCH_OPTIONS = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...SEARCH_STORE_FIELDS],
  processTerm,
  searchOptions: {
    boost: { title: 3, context: 0.6 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: 'AND' as const,
    // A lesson's introduction (no section) ranks below its sections: they are more precise.
    boostDocument: (id: unknown, _term: string, stored?: Record<string, unknown>) =>
      (KIND_BOOST[(stored?.['kind'] as SearchDocKind | undefined) ?? 'question'] ?? 1) *
      (String(id).endsWith('#') ? 0.6 : 1),
  },
};
