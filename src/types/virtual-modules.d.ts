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

declare module 'virtual:challenge-index' {
  const index: import('../../scripts/content/load').ChallengeSummary[];
  export default index;
}

declare module 'virtual:trap-sections' {
  /** Lesson slug → trap id → id of the section that teaches it. */
  const sections: Record<string, Record<string, string>>;
  export default sections;
}

declare module 'virtual:lesson-only-questions' {
  /** Ids of the `pool: "lesson"` questions: lesson QuickChecks only, never in quizzes or counts. */
  const ids: string[];
  export default ids;
}
