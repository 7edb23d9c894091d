declare module 'virtual:lessons' {
  const lessons: import('../domain/content/schemas').LessonSummary[];
  export default lessons;
}

declare module 'virtual:lesson-details' {
  const details: Record<string, import('../domain/content/schemas').LessonMeta>;
  export default details;
}

declare module 'virtual:search-index' {
  /** MiniSearch.toJSON() output, serialized. */
  const json: string;
  export default json;
}

declare module '*.mdx' {
  export const frontmatter: import('../domain/content/schemas').LessonFrontmatter;
}
