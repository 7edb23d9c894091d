// Cross-reference and lint checks over everything under content/. Each check is a pure function
// of the loaded content that returns a list of problems ("file:line what is wrong"), so a test
// reads `expect(check(content)).toEqual([])` and a failure lists every problem at once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryEntry, NumberFact, Trap } from '../../src/domain/content/schemas.ts';
import type { Question } from '../../src/domain/quiz/schema.ts';
import { isExamItem } from '../../src/domain/quiz/pool.ts';
import { SIMULATOR_LIST, SIMULATORS } from '../../src/domain/simulators.ts';
import {
  contentDir,
  loadGlossary,
  loadLessons,
  loadNumbers,
  loadQuestions,
  loadTraps,
  type LessonSource,
} from './load.ts';

export const rootDir = join(contentDir, '..');
export const diagramsDir = join(rootDir, 'src/features/learn/diagrams');
export const challengesDir = join(contentDir, 'challenges');

export const CALLOUT_KINDS = ['trap', 'tip', 'misconception'] as const;

export interface Content {
  lessons: LessonSource[];
  traps: Trap[];
  glossary: GlossaryEntry[];
  numbers: NumberFact[];
  questions: (Question & { file: string })[];
}

export function loadContent(): Content {
  return {
    lessons: loadLessons(),
    traps: loadTraps(),
    glossary: loadGlossary(),
    numbers: loadNumbers(),
    questions: loadQuestions(),
  };
}

// ---------------------------------------------------------------------------------------------
// MDX scanning

/** Blanks out fenced code blocks and inline code (keeping offsets and line breaks). */
export function stripCode(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]+`/g, blank);
}

export interface JsxTag {
  name: string;
  attrs: Record<string, string>;
  /** 1-based line in the scanned source. */
  line: number;
}

const ATTR = /\s*([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/y;

/** Every `<Name …>` opening tag of the given component in MDX source (outside code). */
export function jsxTags(source: string, name: string): JsxTag[] {
  const text = stripCode(source);
  const out: JsxTag[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const attrs: Record<string, string> = {};
    let i = m.index + m[0].length;
    for (;;) {
      const rest = /^\s*(\/?>)/.exec(text.slice(i, i + 200));
      if (rest) break;
      ATTR.lastIndex = i;
      const a = ATTR.exec(text);
      if (!a || a[0].length === 0) break;
      attrs[a[1]!] = a[2] ?? a[3] ?? (a[4] === undefined ? 'true' : `{${a[4]}}`);
      i = ATTR.lastIndex;
    }
    out.push({ name, attrs, line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

function frontmatterLines(lesson: LessonSource): number {
  const raw = readFileSync(join(contentDir, lesson.file), 'utf8');
  return raw.slice(0, raw.length - lesson.body.length).split('\n').length - 1;
}

/** Tags of one component across all lessons, with the file:line where each appears. */
export function lessonTags(
  lessons: LessonSource[],
  name: string,
): (JsxTag & { at: string; lesson: LessonSource })[] {
  return lessons.flatMap((lesson) => {
    const offset = frontmatterLines(lesson);
    return jsxTags(lesson.body, name).map((t) => ({
      ...t,
      at: `${lesson.file}:${t.line + offset}`,
      lesson,
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// Lessons

export function lessonFileProblems(lessons: LessonSource[]): string[] {
  const problems: string[] = [];
  for (const l of lessons) {
    const expected = `lessons/${String(l.meta.order).padStart(2, '0')}-${l.meta.slug}.mdx`;
    if (l.file !== expected) problems.push(`${l.file}: file name should be ${expected}`);
  }
  const orders = lessons.map((l) => l.meta.order).sort((a, b) => a - b);
  orders.forEach((o, i) => {
    if (o !== i + 1)
      problems.push(
        `lesson orders must be 1..${lessons.length} without gaps or repeats; found ${orders.join(', ')}`,
      );
  });
  const slugs = lessons.map((l) => l.meta.slug);
  for (const s of new Set(slugs)) {
    if (slugs.filter((x) => x === s).length > 1) problems.push(`lesson slug ${s} is used twice`);
  }
  return [...new Set(problems)];
}

// ---------------------------------------------------------------------------------------------
// Glossary

export function glossaryProblems({ lessons, glossary }: Content): string[] {
  const problems: string[] = [];
  const slugs = new Set(lessons.map((l) => l.meta.slug));
  const ids = new Set<string>();
  for (const g of glossary) {
    if (ids.has(g.id)) problems.push(`glossary.json: id ${g.id} is used twice`);
    ids.add(g.id);
    if (!slugs.has(g.lesson))
      problems.push(`glossary.json ${g.id}: lesson ${g.lesson} does not exist`);
  }
  for (const t of lessonTags(lessons, 'Term')) {
    const id = t.attrs.id;
    if (!id) problems.push(`${t.at} <Term> has no id`);
    else if (!ids.has(id)) problems.push(`${t.at} <Term id="${id}"> is not in glossary.json`);
  }
  return problems;
}

/** Number facts: unique ids, a lesson that exists, the same fact never asked twice. */
export function numberProblems({ lessons, numbers }: Content): string[] {
  const problems: string[] = [];
  const slugs = new Set(lessons.map((l) => l.meta.slug));
  const ids = new Set<string>();
  const prompts = new Set<string>();
  for (const n of numbers) {
    if (ids.has(n.id)) problems.push(`numbers.json: id ${n.id} is used twice`);
    if (prompts.has(n.prompt))
      problems.push(`numbers.json ${n.id}: the same prompt as another fact`);
    ids.add(n.id);
    prompts.add(n.prompt);
    if (!slugs.has(n.lesson))
      problems.push(`numbers.json ${n.id}: lesson ${n.lesson} does not exist`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Traps

export function calloutProblems({ lessons, traps }: Content): string[] {
  const problems: string[] = [];
  const trapIds = new Set(traps.map((t) => t.id));
  for (const t of lessonTags(lessons, 'Callout')) {
    const { kind, trap } = t.attrs;
    if (!(CALLOUT_KINDS as readonly (string | undefined)[]).includes(kind)) {
      problems.push(
        `${t.at} <Callout kind="${kind ?? ''}">: kind must be one of ${CALLOUT_KINDS.join('|')}`,
      );
    }
    if (kind === 'trap' && !trap) problems.push(`${t.at} <Callout kind="trap"> has no trap id`);
    if (trap !== undefined && !trapIds.has(trap))
      problems.push(`${t.at} <Callout trap="${trap}">: not in traps.json`);
  }
  for (const l of lessons) {
    for (const trap of l.meta.traps) {
      if (!trapIds.has(trap))
        problems.push(`${l.file} frontmatter traps: ${trap} is not in traps.json`);
    }
  }
  return problems;
}

/** The lesson that lists every trap of the catalogue, each in its own trap callout. */
export const EXAM_TRAPS_LESSON = 'exam-traps';

/** Traps of traps.json that the exam-traps lesson leaves out of its callouts or its frontmatter. */
export function examTrapsLessonProblems({ lessons, traps }: Content): string[] {
  const lesson = lessons.find((l) => l.meta.slug === EXAM_TRAPS_LESSON);
  if (!lesson) return [`no lesson with slug ${EXAM_TRAPS_LESSON}`];
  const callouts = new Set(jsxTags(lesson.body, 'Callout').map((t) => t.attrs.trap));
  return traps.flatMap((t) => [
    ...(callouts.has(t.id) ? [] : [`${lesson.file}: no <Callout kind="trap" trap="${t.id}">`]),
    ...(lesson.meta.traps.includes(t.id)
      ? []
      : [`${lesson.file} frontmatter traps: ${t.id} missing`]),
  ]);
}

export function trapCatalogueProblems(
  { lessons, traps, questions }: Content,
  minQuestions = 3,
): string[] {
  const problems: string[] = [];
  const slugs = new Set(lessons.map((l) => l.meta.slug));
  const ids = new Set<string>();
  for (const t of traps) {
    if (ids.has(t.id)) problems.push(`traps.json: id ${t.id} is used twice`);
    ids.add(t.id);
    if (!slugs.has(t.lesson))
      problems.push(`traps.json ${t.id}: lesson ${t.lesson} does not exist`);
    const citing = questions.filter((q) => q.traps.includes(t.id) && isExamItem(q)).length;
    if (citing < minQuestions)
      problems.push(`traps.json ${t.id}: cited by ${citing} exam item(s), needs ${minQuestions}`);
  }
  for (const q of questions) {
    for (const t of q.traps)
      if (!ids.has(t)) problems.push(`${q.file} ${q.id}: trap ${t} is not in traps.json`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Quick checks, sandbox links, diagrams, references

export function quickCheckProblems({ lessons, questions }: Content): string[] {
  const problems: string[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const t of lessonTags(lessons, 'QuickCheck')) {
    const id = t.attrs.question;
    const q = id ? byId.get(id) : undefined;
    if (!id) problems.push(`${t.at} <QuickCheck> has no question id`);
    else if (!q) problems.push(`${t.at} <QuickCheck question="${id}">: no such question`);
    else if (q.lesson !== t.lesson.meta.slug)
      problems.push(`${t.at} <QuickCheck question="${id}">: belongs to lesson ${q.lesson}`);
  }
  return problems;
}

/** The QuickCheck ids that no question file defines (yet). */
export function missingQuickChecks({ lessons, questions }: Content): string[] {
  const ids = new Set(questions.map((q) => q.id));
  return lessonTags(lessons, 'QuickCheck')
    .map((t) => t.attrs.question ?? '')
    .filter((id) => !ids.has(id));
}

export function challengeFile(id: string, simulator: string): string {
  return join(challengesDir, simulator, `${id}.json`);
}

function challengeExists(id: string, simulator?: string): boolean {
  return (simulator ? [simulator] : SIMULATORS).some((s) => existsSync(challengeFile(id, s)));
}

/** Each simulator of the registry names a lesson that exists. */
export function simulatorProblems({ lessons }: Content): string[] {
  const slugs = new Set(lessons.map((l) => l.meta.slug));
  return SIMULATOR_LIST.filter((sim) => !slugs.has(sim.lesson)).map(
    (sim) => `src/domain/simulators.ts ${sim.id}: no lesson ${sim.lesson}`,
  );
}

export function sandboxProblems({ lessons, questions }: Content): string[] {
  const problems: string[] = [];
  for (const t of lessonTags(lessons, 'TryIt')) {
    const { simulator, challenge } = t.attrs;
    if (!(SIMULATORS as readonly (string | undefined)[]).includes(simulator)) {
      problems.push(
        `${t.at} <TryIt simulator="${simulator ?? ''}">: must be one of ${SIMULATORS.join('|')}`,
      );
    } else if (challenge !== undefined && !challengeExists(challenge, simulator)) {
      problems.push(
        `${t.at} <TryIt challenge="${challenge}">: no content/challenges/${simulator}/${challenge}.json`,
      );
    }
  }
  for (const l of lessons) {
    for (const c of l.meta.challenges) {
      if (!challengeExists(c))
        problems.push(
          `${l.file} frontmatter challenges: ${c} has no file under content/challenges/`,
        );
    }
  }
  for (const q of questions) {
    if (q.challenge !== undefined && !challengeExists(q.challenge)) {
      problems.push(
        `${q.file} ${q.id}: challenge ${q.challenge} has no file under content/challenges/`,
      );
    }
  }
  return problems;
}

export function diagramProblems({ lessons }: Content, dir = diagramsDir): string[] {
  return lessonTags(lessons, 'Diagram').flatMap((t) => {
    const name = t.attrs.name;
    if (!name) return [`${t.at} <Diagram> has no name`];
    return existsSync(join(dir, `${name}.tsx`))
      ? []
      : [`${t.at} <Diagram name="${name}">: no src/features/learn/diagrams/${name}.tsx`];
  });
}

const AWS_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;

export function referenceProblems({ lessons, questions }: Content): string[] {
  return [
    ...lessons.flatMap((l) =>
      l.meta.references.map((r) => ({ where: `${l.file} frontmatter`, url: r.url })),
    ),
    ...questions.flatMap((q) =>
      q.references.map((r) => ({ where: `${q.file} ${q.id}`, url: r.url })),
    ),
  ]
    .filter((r) => !AWS_DOCS.test(r.url))
    .map((r) => `${r.where}: reference ${r.url} is not AWS documentation`);
}

// ---------------------------------------------------------------------------------------------
// Question bank

export const BANK_RULES = {
  minQuestions: 80,
  minPerLesson: 4,
  /** Options per kind: single, choose two, choose three. */
  options: { single: 4, 2: 5, 3: 6 } as Record<string, number>,
  positionShare: { min: 0.15, max: 0.35 },
};

const CHOOSE: Record<number, string> = { 2: '(Choose two.)', 3: '(Choose three.)' };

export function questionBankProblems({ lessons, questions }: Content): string[] {
  const problems: string[] = [];
  const slugs = new Set(lessons.map((l) => l.meta.slug));
  if (questions.length < BANK_RULES.minQuestions) {
    problems.push(`the bank has ${questions.length} questions, needs ${BANK_RULES.minQuestions}`);
  }
  for (const slug of slugs) {
    const n = questions.filter((q) => q.lesson === slug).length;
    if (n < BANK_RULES.minPerLesson)
      problems.push(`lesson ${slug} has ${n} question(s), needs ${BANK_RULES.minPerLesson}`);
  }
  const seen = new Set<string>();
  for (const q of questions) {
    const at = `${q.file} ${q.id}`;
    if (seen.has(q.id)) problems.push(`${at}: id is used twice`);
    seen.add(q.id);
    if (!slugs.has(q.lesson)) problems.push(`${at}: lesson ${q.lesson} does not exist`);
    if (q.file !== `questions/${q.lesson}.json`)
      problems.push(`${at}: lesson ${q.lesson} belongs in questions/${q.lesson}.json`);
    if (!new RegExp(`^${q.lesson}-\\d{2}$`).test(q.id))
      problems.push(`${at}: id must be ${q.lesson}-NN`);
    const want = BANK_RULES.options[q.kind === 'single' ? 'single' : String(q.select)];
    if (q.options.length !== want)
      problems.push(
        `${at}: ${q.options.length} options, a ${q.kind === 'single' ? 'single-answer' : `choose-${q.select}`} question has ${want}`,
      );
    const letters = q.options.map((o) => o.id).join('');
    if (letters !== 'abcdef'.slice(0, q.options.length))
      problems.push(`${at}: option ids must run a, b, c… in order (found ${letters})`);
    const phrase = q.kind === 'multiple' ? CHOOSE[q.select ?? 0] : undefined;
    if (phrase && !q.stem.includes(phrase))
      problems.push(`${at}: a choose-${q.select} stem must contain "${phrase}"`);
    if (q.kind === 'single' && /\(Choose (two|three)\.\)/.test(q.stem))
      problems.push(`${at}: a single-answer stem says "(Choose …)"`);
    for (const o of q.options) {
      if (/\b(all|none) of the above\b/i.test(o.text))
        problems.push(`${at} option ${o.id}: "${o.text}" — no all/none of the above`);
    }
  }
  return problems;
}

/** How often each position a–d holds the correct answer across single-answer questions. */
export function correctPositionShares(questions: Question[]): Record<string, number> {
  const singles = questions.filter((q) => q.kind === 'single');
  const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
  for (const q of singles) {
    const id = q.options.find((o) => o.correct)?.id;
    if (id) counts[id] = (counts[id] ?? 0) + 1;
  }
  return Object.fromEntries(
    Object.entries(counts).map(([k, n]) => [k, singles.length ? n / singles.length : 0]),
  );
}

export function positionSpreadProblems({ questions }: Content): string[] {
  const { min, max } = BANK_RULES.positionShare;
  return Object.entries(correctPositionShares(questions))
    .filter(([, share]) => share < min || share > max)
    .map(
      ([pos, share]) =>
        `position ${pos} holds ${(share * 100).toFixed(1)} % of single-answer correct options (allowed ${min * 100}–${max * 100} %)`,
    );
}

// ---------------------------------------------------------------------------------------------
// Markdown lint: constructs that break accessibility

function splitRow(line: string): string[] {
  const cells = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/);
  return cells.map((c) => c.trim());
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const TASK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\](\s|$)/;

export function markdownLintProblems(lessons: LessonSource[]): string[] {
  const problems: string[] = [];
  for (const lesson of lessons) {
    const offset = frontmatterLines(lesson);
    const lines = stripCode(lesson.body).split('\n');
    lines.forEach((line, i) => {
      const at = `${lesson.file}:${i + 1 + offset}`;
      if (TASK_ITEM.test(line))
        problems.push(`${at}: GFM task list item (checkboxes without labels)`);
      const next = lines[i + 1];
      if (
        line.includes('|') &&
        next !== undefined &&
        next.includes('-') &&
        DELIMITER_ROW.test(next)
      ) {
        const empty = splitRow(line).findIndex((c) => c === '');
        if (empty >= 0) problems.push(`${at}: table header cell ${empty + 1} is empty`);
      }
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Originality (scripts/originality.mjs is plain JS; this gives it types)

export interface CopiedRun {
  file: string;
  run: string;
}

interface OriginalityModule {
  RUN: number;
  words(text: string): string[];
  hashesOf(text: string): Set<string>;
  findCopiedRuns(files?: string[], note?: Set<string>): CopiedRun[];
}

export async function loadOriginality(): Promise<OriginalityModule> {
  const url = new URL('../originality.mjs', import.meta.url).href;
  return (await import(/* @vite-ignore */ url)) as OriginalityModule;
}
