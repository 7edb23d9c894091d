import ids from 'virtual:lesson-only-questions';

/** Questions used only as lesson QuickChecks (`pool: "lesson"`), built from content/questions. */
export const lessonOnlyQuestionIds: ReadonlySet<string> = new Set(ids);
