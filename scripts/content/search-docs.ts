import type { SearchDoc } from '../../src/domain/search/options.ts';
import type { LessonSource } from './load.ts';
import type { GlossaryEntry, Trap } from '../../src/domain/content/schemas.ts';
import type { Question } from '../../src/domain/quiz/schema.ts';

/** Every searchable thing: lesson sections, glossary terms, traps and questions. */
export function buildSearchDocs(
  lessons: LessonSource[],
  glossary: GlossaryEntry[],
  traps: Trap[],
  questions: Question[],
): SearchDoc[] {
  const titles = new Map(lessons.map((l) => [l.meta.slug, l.meta.title]));
  return [
    ...lessons.flatMap((l) =>
      l.sectionTexts.map((s) => ({
        id: `lesson:${l.meta.slug}#${s.id}`,
        kind: 'lesson' as const,
        title: s.id ? s.title : l.meta.title,
        context: l.meta.title,
        url: `/learn/${l.meta.slug}${s.id ? `#${s.id}` : ''}`,
        text: s.text,
      })),
    ),
    ...glossary.map((g) => ({
      id: `glossary:${g.id}`,
      kind: 'glossary' as const,
      title: g.term,
      context: 'Glossary',
      url: `/glossary#${g.id}`,
      text: g.definition,
    })),
    ...traps.map((t) => ({
      id: `trap:${t.id}`,
      kind: 'trap' as const,
      title: t.title,
      context: `Trap · ${titles.get(t.lesson) ?? t.lesson}`,
      url: `/learn/${t.lesson}`,
      text: t.summary,
    })),
    ...questions.map((q) => ({
      id: `question:${q.id}`,
      kind: 'question' as const,
      title: q.stem.length > 110 ? `${q.stem.slice(0, 107)}…` : q.stem,
      context: `Question · ${titles.get(q.lesson) ?? q.lesson}`,
      url: `/quiz?question=${q.id}`,
      text: [q.stem, ...q.options.map((o) => o.text)].join(' '),
    })),
  ];
}
