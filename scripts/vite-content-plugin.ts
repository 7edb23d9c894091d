// Build-time content: lesson metadata and the full-text search index as virtual modules, and a
// build that fails (with file, question id and field) when any content file breaks its schema.
import MiniSearch from 'minisearch';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { isExamItem, scopeOf } from '../src/domain/quiz/pool.ts';
import { SEARCH_OPTIONS, type SearchDoc } from '../src/domain/search/options.ts';
import { packIndex } from '../src/domain/search/packedIndex.ts';
import {
  contentDir,
  loadBlueprint,
  loadChallengeSummaries,
  loadGlossary,
  loadLessons,
  loadNumbers,
  loadQuestions,
  loadTraps,
} from './content/load.ts';
import { buildGlossaryUses } from './content/glossary-uses.ts';
import { buildSearchDocs } from './content/search-docs.ts';
import { sheetSource } from './content/sheets.ts';
import { highlightCode } from './highlight/shiki.ts';

const LESSONS = 'virtual:lessons';
const DETAILS = 'virtual:lesson-details';
const CHALLENGES = 'virtual:challenge-index';
const TRAP_SECTIONS = 'virtual:trap-sections';
const SEARCH = 'virtual:search-index';
const LESSON_ONLY = 'virtual:lesson-only-questions';
const QUESTION_INDEX = 'virtual:question-index';
const GLOSSARY_USES = 'virtual:glossary-uses';
const SHEETS = 'virtual:lesson-sheets';
const STORED_TEXT = 300;

export function contentIndexPlugin(): Plugin {
  return {
    name: 'artifact-lab-content',
    resolveId(id) {
      if (
        [
          LESSONS,
          DETAILS,
          SEARCH,
          CHALLENGES,
          TRAP_SECTIONS,
          LESSON_ONLY,
          QUESTION_INDEX,
          GLOSSARY_USES,
          SHEETS,
        ].includes(id)
      )
        return `\0${id}`;
      return null;
    },
    async load(id) {
      // Every virtual module is built from content/: rebuild it when any content file changes.
      if (id.startsWith('\0virtual:')) for (const file of contentFiles()) this.addWatchFile(file);
      // The list every page needs stays small (it is on the first load of /); objectives,
      // references and sections load with the lesson page.
      if (id === `\0${LESSONS}`) {
        const summaries = loadLessons().map(({ meta }) => ({
          slug: meta.slug,
          title: meta.title,
          order: meta.order,
          summary: meta.summary,
          minutes: meta.minutes,
          words: meta.words,
          traps: meta.traps,
          challenges: meta.challenges,
        }));
        return `export default ${JSON.stringify(summaries)};`;
      }
      if (id === `\0${DETAILS}`) {
        const details = Object.fromEntries(loadLessons().map(({ meta }) => [meta.slug, meta]));
        return `export default ${JSON.stringify(details)};`;
      }
      // lesson slug → trap id → the section teaching it: small enough for the quiz to carry.
      if (id === `\0${TRAP_SECTIONS}`) {
        const sections = Object.fromEntries(
          loadLessons().map(({ meta }) => [meta.slug, meta.trapSections]),
        );
        return `export default ${JSON.stringify(sections)};`;
      }
      // Where each glossary term is used: the glossary page links every lesson section.
      if (id === `\0${GLOSSARY_USES}`)
        return `export default ${JSON.stringify(buildGlossaryUses(loadLessons()))};`;
      // Each lesson's key table and its shell commands, highlighted, for the cheat sheets.
      if (id === `\0${SHEETS}`) {
        const sheets = await Promise.all(
          loadLessons().map(async (lesson) => {
            const { table, commands } = sheetSource(lesson);
            return [
              lesson.meta.slug,
              { table, commands: commands ? await highlightCode(commands, 'bash') : null },
            ] as const;
          }),
        );
        return `export default ${JSON.stringify(Object.fromEntries(sheets))};`;
      }
      // Lists and links need a challenge's title and where it lives, never its start or solution.
      if (id === `\0${CHALLENGES}`) {
        const index = loadChallengeSummaries();
        return `export default ${JSON.stringify(index)};`;
      }
      // Ids of the course-internal questions, so the dashboard can leave them out of its counts
      // without loading the bank.
      if (id === `\0${LESSON_ONLY}`) {
        const ids = loadQuestions()
          .filter((q) => !isExamItem(q))
          .map((q) => q.id);
        return `export default ${JSON.stringify(ids)};`;
      }
      // What a quiz's scope is drawn on (lesson, traps, family, blueprint line), for every
      // question: the quiz start page counts and plans with it, and loads the bank (600 KB of
      // questions) only to start.
      if (id === `\0${QUESTION_INDEX}`) {
        return `export default ${JSON.stringify(loadQuestions().map(scopeOf))};`;
      }
      if (id === `\0${SEARCH}`) {
        const lessons = loadLessons();
        const docs = buildSearchDocs(lessons, loadGlossary(), loadTraps(), loadQuestions());
        const index = new MiniSearch(SEARCH_OPTIONS);
        index.addAll(docs);
        const json = index.toJSON();
        // Stored text is only the excerpt a result shows, trimmed after indexing: the opening of
        // each section. A question's result shows its stem as the title, so it stores no text.
        for (const stored of Object.values(json.storedFields) as Partial<SearchDoc>[]) {
          if (stored.kind === 'question') delete stored.text;
          else if (stored.text && stored.text.length > STORED_TEXT)
            stored.text = stored.text.slice(0, STORED_TEXT);
        }
        return `export default ${JSON.stringify(JSON.stringify(packIndex(json)))};`;
      }
      return null;
    },
    buildStart() {
      // Fail early and precisely: a broken question file names the file, question and field.
      loadTraps();
      loadGlossary();
      loadNumbers();
      loadQuestions();
      loadLessons();
      loadBlueprint();
    },
  };
}

function contentFiles(dir = contentDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? contentFiles(join(dir, e.name))
      : /\.(mdx|json)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}
