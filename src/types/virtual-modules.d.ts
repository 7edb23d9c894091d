declare module 'virtual:lessons' {
  const lessons: import('../domain/content/schemas').LessonSummary[];
  export default lessons;
}

declare module 'virtual:lesson-details' {
  const details: Record<string, import('../domain/content/schemas').LessonMeta>;
  export default details;
}

declare module 'virtual:search-index' {
  /** MiniSearch.toJSON() output packed by src/domain/search/packedIndex, serialized. */
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

declare module 'virtual:question-index' {
  /** Every question's scope fields, in bank order: what counts and quiz plans need. */
  const index: import('../domain/quiz/pool').ScopedQuestion[];
  export default index;
}

declare module 'virtual:glossary-uses' {
  /** Glossary id → every lesson section whose text uses the term. */
  const uses: Record<string, import('../../scripts/content/glossary-uses').TermUse[]>;
  export default uses;
}

declare module 'virtual:lesson-sheets' {
  /** Lesson slug → what its cheat sheet takes from the lesson text. */
  const sheets: Record<
    string,
    {
      table: import('../../scripts/content/sheets').SheetTable | null;
      commands: import('../domain/content/richText').HighlightedCode | null;
    }
  >;
  export default sheets;
}
