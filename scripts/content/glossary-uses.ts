import type { LessonSource } from './load.ts';

export interface TermUse {
  lesson: string;
  lessonTitle: string;
  /** Section id; '' for the lesson's opening, before its first section. */
  section: string;
  sectionTitle: string;
}

/** Glossary id → every lesson section whose text uses the term, in lesson order. */
export function buildGlossaryUses(lessons: readonly LessonSource[]): Record<string, TermUse[]> {
  const uses: Record<string, TermUse[]> = {};
  for (const { meta, termSections } of lessons) {
    const titles = new Map(meta.sections.map((s) => [s.id, s.title]));
    for (const [term, sections] of Object.entries(termSections))
      for (const section of sections)
        (uses[term] ??= []).push({
          lesson: meta.slug,
          lessonTitle: meta.title,
          section,
          sectionTitle: titles.get(section) ?? meta.title,
        });
  }
  return uses;
}
