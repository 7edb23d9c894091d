// Reads and validates everything under content/ for the build (vite plugin) and the content tests.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import type * as z from 'zod/mini';
import {
  blueprintSchema,
  glossaryEntrySchema,
  lessonFrontmatterSchema,
  numberFactSchema,
  trapSchema,
  type Blueprint,
  type GlossaryEntry,
  type LessonMeta,
  type NumberFact,
  type Trap,
} from '../../src/domain/content/schemas.ts';
import { questionSchema, type Question } from '../../src/domain/quiz/schema.ts';
import { challengeFileSchema } from '../../src/domain/challenges/schema.ts';
import type { SimulatorId } from '../../src/domain/simulators.ts';

export const contentDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'content');

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    message: string,
  ) {
    super(`${file}${where ? ` ${where}` : ''}: ${message}`);
  }
}

function issuePath(issue: z.core.$ZodIssue) {
  return issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function validate<T>(schema: z.ZodMiniType<T>, value: unknown, file: string, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issuePath(issue);
    throw new ContentError(file, where, `${path ? `field "${path}": ` : ''}${issue.message}`);
  }
  return result.data;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(contentDir, file), 'utf8'));
  } catch (error) {
    throw new ContentError(file, '', `not valid JSON (${(error as Error).message})`);
  }
}

/** Markdown/MDX inline source → the plain text a reader sees. */
export function plainText(source: string): string {
  return source
    .replace(/<\/?[A-Z][A-Za-z]*(?:\s[^>]*)?\/?>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\\([{}<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface LessonSource {
  file: string;
  meta: LessonMeta;
  body: string;
  sectionTexts: { id: string; title: string; text: string }[];
  /** Glossary id → ids of the sections whose text uses its <Term> ('' = before the first section). */
  termSections: Record<string, string[]>;
}

export function splitFrontmatter(file: string, raw: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!match) throw new ContentError(file, '', 'missing YAML frontmatter');
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentError(file, 'frontmatter', (error as Error).message);
  }
  return { data, body: raw.slice(match[0].length) };
}

function parseLesson(file: string): LessonSource {
  return parseLessonText(file, readFileSync(join(contentDir, 'lessons', file), 'utf8'));
}

/** Validates one lesson's source (`file` is its name under content/lessons/, used in errors). */
export function parseLessonText(file: string, raw: string): LessonSource {
  const { data, body } = splitFrontmatter(`lessons/${file}`, raw);
  const fm = validate(lessonFrontmatterSchema, data, `lessons/${file}`, 'frontmatter');
  const expected = /^(\d{2})-(.+)\.mdx$/.exec(file);
  if (!expected || expected[2] !== fm.slug || Number(expected[1]) !== fm.order) {
    throw new ContentError(
      `lessons/${file}`,
      'frontmatter',
      'file name must be NN-<slug>.mdx with NN = order',
    );
  }
  // Same slugs as rehype-slug gives the rendered headings (github-slugger, one per document).
  const slugger = new GithubSlugger();
  const sectionTexts: LessonSource['sectionTexts'] = [];
  let current = { id: '', title: fm.title, lines: [] as string[] };
  let inFence = false;
  // Which section teaches each trap: the section holding its trap callout.
  const trapSections: Record<string, string> = {};
  const termSections: Record<string, string[]> = {};
  const flush = () => {
    const text = plainText(current.lines.join('\n'));
    if (text) sectionTexts.push({ id: current.id, title: current.title, text });
  };
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const title = plainText(heading[2]!);
      const id = slugger.slug(title);
      if (heading[1] === '##') {
        flush();
        current = { id, title, lines: [] };
        continue;
      }
    }
    const trap = inFence ? null : /<Callout\b[^>]*\btrap="([^"]+)"/.exec(line);
    if (trap && current.id && !trapSections[trap[1]!]) trapSections[trap[1]!] = current.id;
    for (const term of inFence ? [] : line.matchAll(/<Term\b[^>]*\bid="([^"]+)"/g)) {
      const sections = (termSections[term[1]!] ??= []);
      if (!sections.includes(current.id)) sections.push(current.id);
    }
    current.lines.push(line);
  }
  flush();
  const words = plainText(body).split(' ').filter(Boolean).length;
  const sections = sectionTexts.filter((s) => s.id).map(({ id, title }) => ({ id, title }));
  for (const id of Object.keys(fm.sectionChecks ?? {})) {
    if (!sections.some((s) => s.id === id))
      throw new ContentError(
        `lessons/${file}`,
        'frontmatter',
        `sectionChecks: "${id}" is not the id of a ## section (${sections.map((s) => s.id).join(', ')})`,
      );
  }
  return {
    file: `lessons/${file}`,
    meta: { ...fm, words, sections, trapSections },
    body,
    sectionTexts,
    termSections,
  };
}

export function loadLessons(): LessonSource[] {
  const dir = join(contentDir, 'lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map(parseLesson);
}

export function loadTraps(): Trap[] {
  const raw = readJson('traps.json');
  if (!Array.isArray(raw)) throw new ContentError('traps.json', '', 'must be an array');
  return raw.map((t, i) => validate(trapSchema, t, 'traps.json', `[${i}]`));
}

export function loadGlossary(): GlossaryEntry[] {
  if (!existsSync(join(contentDir, 'glossary.json'))) return [];
  const raw = readJson('glossary.json');
  if (!Array.isArray(raw)) throw new ContentError('glossary.json', '', 'must be an array');
  return raw.map((t, i) => validate(glossaryEntrySchema, t, 'glossary.json', `[${i}]`));
}

export function loadNumbers(): NumberFact[] {
  if (!existsSync(join(contentDir, 'numbers.json'))) return [];
  const raw = readJson('numbers.json');
  if (!Array.isArray(raw)) throw new ContentError('numbers.json', '', 'must be an array');
  return raw.map((n, i) => validate(numberFactSchema, n, 'numbers.json', `[${i}]`));
}

export function loadQuestions(): (Question & { file: string })[] {
  const dir = join(contentDir, 'questions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = `questions/${f}`;
      return parseQuestionFile(file, readJson(file));
    });
}

/**
 * Validates one question file's parsed JSON (`file` is its path under content/, used in errors).
 * Throws a ContentError naming the file, the question id and the field.
 */
export function parseQuestionFile(file: string, raw: unknown): (Question & { file: string })[] {
  if (!Array.isArray(raw)) throw new ContentError(file, '', 'must be an array of questions');
  return raw.map((q: unknown, i) => {
    const id =
      typeof q === 'object' && q && 'id' in q ? String((q as { id: unknown }).id) : `[${i}]`;
    return { ...validate(questionSchema, q, file, `question ${id}`), file };
  });
}

/** content/blueprint.json: the task's exam-guide lines and the bank's quotas. */
export function loadBlueprint(): Blueprint {
  const file = 'blueprint.json';
  return validate(blueprintSchema, readJson(file), file, '');
}

export interface ChallengeSummary {
  simulator: SimulatorId;
  id: string;
  title: string;
  summary: string;
  difficulty: 1 | 2 | 3;
  traps: string[];
  lesson: string;
}

/** Title, summary and links of every challenge file (validated), without start or solution. */
export function loadChallengeSummaries(): ChallengeSummary[] {
  const dir = join(contentDir, 'challenges');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const file = `challenges/${d.name}/${f}`;
          const c = validate(challengeFileSchema, readJson(file), file, '');
          if (c.simulator !== d.name)
            throw new Error(
              `${file}: simulator is "${c.simulator}", but the file is in ${d.name}/`,
            );
          return {
            simulator: c.simulator,
            id: c.id,
            title: c.title,
            summary: c.summary,
            difficulty: c.difficulty,
            traps: c.traps,
            lesson: c.lesson,
          };
        }),
    )
    .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
}
