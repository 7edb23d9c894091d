// The question bank's figures and its cue checks: measures a test-wise learner could exploit
// (the key is the longest option, only distractors say "always" or "because", the key echoes the
// stem's rare words), plus the shape the exam has (stem and option lengths, choose-N share,
// blueprint quotas). Each check is kept near chance over the exam pool and fails the build when
// it drifts.
import type { Blueprint } from '../../src/domain/content/schemas.ts';
import { isExamItem } from '../../src/domain/quiz/pool.ts';
import type { Question } from '../../src/domain/quiz/schema.ts';

export const CUE_RULES = {
  minExamItems: 160,
  stemWords: { min: 60, max: 150 },
  /** Options in one item are parallel: the longest at most this many times the shortest. */
  optionRatio: 2.5,
  minOptionWords: 4,
  keyLongestSingleMax: 0.35,
  chooseNLongestMax: 0.15,
  /** Largest allowed gap, keys vs distractors, in the share carrying the cue. */
  absolutesGap: 0.05,
  becauseGap: 0.05,
  echoGap: 0.1,
  statementListsMax: 0.05,
  chooseShare: { min: 0.15, max: 0.25 },
};

const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

/** Words a reader reads: code blocks and inline code are not counted. */
export function words(text: string): string[] {
  return text
    .replace(CODE, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w));
}

const ABSOLUTE =
  /\b(always|never|automatically|guarantee[sd]?|completely|entirely|impossible|every|none|any|no longer)\b/i;
const BECAUSE = /\b(because|so that|since|which means|therefore)\b/i;
const STATEMENT_LIST = /\bwhich (?:of the following )?(?:two |three )?statements?\b/i;

const STOP = new Set(
  `about above after again also another because been before being below between both cannot
  could does doing down during each every from further have having here into itself just more
  most must only other ours over same should some such than that their them then there these
  they this those through under until very what when where which while will with would your
  team teams company engineer engineers devops needs need want wants uses using used account
  accounts must which what solution requirement requirements meet meets least most`.split(/\s+/),
);

function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .map((w) =>
        w
          .toLowerCase()
          .replace(/[^a-z0-9:-]/g, '')
          .replace(/s$/, ''),
      )
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
}

const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

interface Rate {
  keys: number;
  distractors: number;
}

function rate(items: Question[], test: (q: Question, text: string) => boolean): Rate {
  let k = 0;
  let kn = 0;
  let d = 0;
  let dn = 0;
  for (const q of items)
    for (const o of q.options) {
      const hit = test(q, o.text) ? 1 : 0;
      if (o.correct) {
        k += hit;
        kn += 1;
      } else {
        d += hit;
        dn += 1;
      }
    }
  return { keys: share(k, kn), distractors: share(d, dn) };
}

/** Stem words used in few stems of the bank: the words a key could echo. */
function rareStemWords(items: Question[]): Map<string, Set<string>> {
  const df = new Map<string, number>();
  const perStem = new Map<string, Set<string>>();
  for (const q of items) {
    const ws = contentWords(q.stem);
    perStem.set(q.id, ws);
    for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const limit = Math.max(2, Math.ceil(items.length * 0.03));
  return new Map(
    [...perStem].map(([id, ws]) => [id, new Set([...ws].filter((w) => df.get(w)! <= limit))]),
  );
}

const longerThanAll = (a: string[], b: string[]) =>
  Math.min(...a.map((t) => t.length)) > Math.max(...b.map((t) => t.length));

export interface BankFigures {
  items: number;
  examItems: number;
  lessonOnly: number;
  stemWordsMedian: number;
  optionWordsMedian: number;
  stemsInRange: number;
  chooseShare: number;
  statementLists: number;
  keyLongestSingle: number;
  chooseNLongest: number;
  absolutes: Rate;
  because: Rate;
  echo: Rate;
  positions: Record<string, number>;
  blueprint: Record<string, number>;
  families: number;
}

export function bankFigures(questions: Question[], blueprint: Blueprint): BankFigures {
  const exam = questions.filter(isExamItem);
  const singles = exam.filter((q) => q.kind === 'single');
  const multiples = exam.filter((q) => q.kind === 'multiple');
  const stemLengths = exam.map((q) => words(q.stem).length);
  const { min, max } = CUE_RULES.stemWords;
  const rare = rareStemWords(exam);
  const positions: Record<string, number> = Object.fromEntries(
    ['a', 'b', 'c', 'd'].map((id) => [
      id,
      share(
        singles.filter((q) => q.options.find((o) => o.correct)?.id === id).length,
        singles.length,
      ),
    ]),
  );
  const text = (q: Question, correct: boolean) =>
    q.options.filter((o) => o.correct === correct).map((o) => o.text);
  return {
    items: questions.length,
    examItems: exam.length,
    lessonOnly: questions.length - exam.length,
    stemWordsMedian: median(stemLengths),
    optionWordsMedian: median(exam.flatMap((q) => q.options.map((o) => words(o.text).length))),
    stemsInRange: share(stemLengths.filter((n) => n >= min && n <= max).length, exam.length),
    chooseShare: share(multiples.length, exam.length),
    statementLists: share(exam.filter((q) => STATEMENT_LIST.test(q.stem)).length, exam.length),
    keyLongestSingle: share(
      singles.filter((q) => longerThanAll(text(q, true), text(q, false))).length,
      singles.length,
    ),
    chooseNLongest: share(
      multiples.filter((q) => longerThanAll(text(q, true), text(q, false))).length,
      multiples.length,
    ),
    absolutes: rate(exam, (_q, t) => ABSOLUTE.test(t)),
    because: rate(exam, (_q, t) => BECAUSE.test(t)),
    echo: rate(exam, (q, t) => {
      const stemRare = rare.get(q.id)!;
      return [...contentWords(t)].some((w) => stemRare.has(w));
    }),
    positions,
    blueprint: Object.fromEntries(
      blueprint.lines.map((l) => [l.id, exam.filter((q) => q.blueprint === l.id).length]),
    ),
    families: new Set(exam.map((q) => q.family)).size,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const gap = (r: Rate) => Math.abs(r.keys - r.distractors);

/** Every bound the bank breaks, as readable lines (empty when the bank is in shape). */
export function bankProblems(questions: Question[], blueprint: Blueprint): string[] {
  const f = bankFigures(questions, blueprint);
  const r = CUE_RULES;
  const problems: string[] = [];
  const exam = questions.filter(isExamItem);
  if (f.examItems < r.minExamItems)
    problems.push(`${f.examItems} exam items, the bank needs ${r.minExamItems}`);
  for (const q of exam) {
    const n = words(q.stem).length;
    if (n < r.stemWords.min || n > r.stemWords.max)
      problems.push(`${q.id}: stem has ${n} words (${r.stemWords.min}–${r.stemWords.max})`);
    const lengths = q.options.map((o) => words(o.text).length);
    const shortest = Math.min(...lengths);
    if (shortest < r.minOptionWords)
      problems.push(`${q.id}: an option has ${shortest} words (at least ${r.minOptionWords})`);
    else if (Math.max(...lengths) > r.optionRatio * shortest)
      problems.push(
        `${q.id}: options are not parallel in length (${Math.min(...lengths)}–${Math.max(...lengths)} words; at most ${r.optionRatio}×)`,
      );
    if (!blueprint.lines.some((l) => l.id === q.blueprint))
      problems.push(`${q.id}: blueprint ${q.blueprint} is not in blueprint.json`);
  }
  if (f.keyLongestSingle > r.keyLongestSingleMax)
    problems.push(
      `the key is the longest option in ${pct(f.keyLongestSingle)} of single-answer items (at most ${pct(r.keyLongestSingleMax)})`,
    );
  if (f.chooseNLongest > r.chooseNLongestMax)
    problems.push(
      `the keys are exactly the N longest options in ${pct(f.chooseNLongest)} of choose-N items (at most ${pct(r.chooseNLongestMax)})`,
    );
  const cues: [string, Rate, number][] = [
    ['absolutes', f.absolutes, r.absolutesGap],
    ['because-clauses', f.because, r.becauseGap],
    ['stem echo', f.echo, r.echoGap],
  ];
  for (const [name, x, limit] of cues)
    if (gap(x) > limit)
      problems.push(
        `${name}: keys ${pct(x.keys)} vs distractors ${pct(x.distractors)} (gap at most ${pct(limit)})`,
      );
  if (f.statementLists > r.statementListsMax)
    problems.push(
      `"which statements" lists are ${pct(f.statementLists)} of items (at most ${pct(r.statementListsMax)})`,
    );
  if (f.chooseShare < r.chooseShare.min || f.chooseShare > r.chooseShare.max)
    problems.push(
      `choose-N items are ${pct(f.chooseShare)} (${pct(r.chooseShare.min)}–${pct(r.chooseShare.max)})`,
    );
  for (const line of blueprint.lines) {
    const s = share(f.blueprint[line.id] ?? 0, f.examItems);
    if (s < line.min || s > line.max)
      problems.push(
        `blueprint ${line.id}: ${pct(s)} of exam items (${pct(line.min)}–${pct(line.max)})`,
      );
  }
  return problems;
}

/** The figures as the lines a content test prints. */
export function formatBankFigures(f: BankFigures): string[] {
  const r = (x: Rate) => `keys ${pct(x.keys)} · distractors ${pct(x.distractors)}`;
  return [
    `items ${f.items} (exam ${f.examItems}, lesson-only ${f.lessonOnly}), families ${f.families}`,
    `stem words median ${f.stemWordsMedian}, stems in ${CUE_RULES.stemWords.min}–${CUE_RULES.stemWords.max} words ${pct(f.stemsInRange)}`,
    `option words median ${f.optionWordsMedian}`,
    `choose-N ${pct(f.chooseShare)}, "which statements" lists ${pct(f.statementLists)}`,
    `key longest (single) ${pct(f.keyLongestSingle)}, keys = N longest (choose-N) ${pct(f.chooseNLongest)}`,
    `absolutes: ${r(f.absolutes)}`,
    `because-clauses: ${r(f.because)}`,
    `stem echo: ${r(f.echo)}`,
    `key positions (single): ${Object.entries(f.positions)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ')}`,
    `blueprint: ${Object.entries(f.blueprint)
      .map(([k, v]) => `${k} ${v} (${pct(share(v, f.examItems))})`)
      .join(', ')}`,
  ];
}
