// @vitest-environment node
// The checkers themselves, on synthetic content, so the integrity tests cannot pass vacuously.
import { describe, expect, it } from 'vitest';
import {
  calloutProblems,
  correctPositionShares,
  jsxTags,
  lessonTags,
  loadContent,
  markdownLintProblems,
  questionBankProblems,
  sandboxProblems,
  simulatorProblems,
  stripCode,
  type Content,
} from '../../scripts/content/check';
import type { LessonSource } from '../../scripts/content/load';

const real = loadContent();
const lesson = real.lessons[0]!;

/** The first real lesson with a different body (its file exists, so line numbers resolve). */
function withBody(body: string): LessonSource {
  const pad = '\n'.repeat(Math.max(0, lesson.body.split('\n').length - body.split('\n').length));
  return { ...lesson, body: body + pad };
}

describe('MDX scanning', () => {
  it('reads attributes in any order and quote style, across lines', () => {
    const tags = jsxTags(
      'Text <Callout\n  title="a > b"\n  trap=\'x\' kind="trap">\nbody\n</Callout> <Term id="t">t</Term>',
      'Callout',
    );
    expect(tags).toEqual([
      { name: 'Callout', attrs: { title: 'a > b', trap: 'x', kind: 'trap' }, line: 1 },
    ]);
    expect(
      jsxTags(
        '<QuickCheck question="q-01" />\n\n<QuickCheck question={"q-02"}/>',
        'QuickCheck',
      ).map((t) => [t.attrs.question, t.line]),
    ).toEqual([
      ['q-01', 1],
      ['{"q-02"}', 3],
    ]);
  });

  it('ignores tags in fenced code, inline code and MDX comments, and other components with the same prefix', () => {
    const source =
      '```mdx\n<Term id="a">x</Term>\n```\n`<Term id="b">` {/* <Term id="c" /> */} <TermList /> <Term id="d">d</Term>';
    expect(stripCode(source).split('\n')).toHaveLength(source.split('\n').length);
    expect(jsxTags(source, 'Term').map((t) => t.attrs.id)).toEqual(['d']);
  });

  it('finds every component the lessons use', () => {
    for (const name of ['Term', 'Callout', 'QuickCheck', 'TryIt', 'Diagram']) {
      expect(lessonTags(real.lessons, name).length, name).toBeGreaterThan(0);
    }
  });
});

describe('checkers report planted problems', () => {
  it('callouts: unknown kind, trap without id, unknown trap', () => {
    const content: Content = {
      ...real,
      lessons: [
        withBody(
          '<Callout kind="warning">a</Callout>\n\n<Callout kind="trap">b</Callout>\n\n<Callout kind="trap" trap="nope">c</Callout>',
        ),
      ],
    };
    const problems = calloutProblems(content);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^lessons\/01-[a-z-]+\.mdx:\d+ <Callout kind="warning">/);
    expect(problems[1]).toContain('has no trap id');
    expect(problems[2]).toContain('trap="nope"');
  });

  it('sandbox: unknown simulator and a challenge without a file', () => {
    const content: Content = {
      ...real,
      lessons: [
        withBody(
          '<TryIt simulator="graph">x</TryIt>\n\n<TryIt simulator="access" challenge="no-such-challenge">y</TryIt>',
        ),
      ],
      questions: [{ ...real.questions[0]!, challenge: 'also-missing' }],
    };
    expect(sandboxProblems(content)).toEqual([
      expect.stringContaining('<TryIt simulator="graph">'),
      expect.stringContaining('no content/challenges/access/no-such-challenge.json'),
      expect.stringContaining('challenge also-missing'),
    ]);
  });

  it('simulators: a registry lesson that does not exist', () => {
    const content: Content = {
      ...real,
      lessons: real.lessons.filter((l) => l.meta.slug !== 'upstreams'),
    };
    expect(simulatorProblems(content)).toEqual([
      'src/domain/simulators.ts upstream: no lesson upstreams',
    ]);
  });

  it('markdown lint: task lists and empty header cells, but not inside code', () => {
    const body = [
      '- [ ] todo',
      '- [x] done',
      '',
      '| | A |',
      '|---|---|',
      '| x | y |',
      '',
      '```md',
      '- [ ] in code',
      '```',
    ].join('\n');
    const problems = markdownLintProblems([withBody(body)]);
    expect(problems).toHaveLength(3);
    expect(problems[2]).toContain('header cell 1 is empty');
    expect(
      markdownLintProblems([withBody('| Name | Value |\n| :--- | ---: |\n| a | b |')]),
    ).toEqual([]);
  });

  it('question bank: option count, missing "(Choose two.)", all of the above, id prefix', () => {
    const multiple = real.questions.find((q) => q.kind === 'multiple' && q.select === 2)!;
    const single = real.questions.find((q) => q.kind === 'single')!;
    const content: Content = {
      ...real,
      questions: [
        ...real.questions.filter((q) => q !== multiple && q !== single),
        {
          ...multiple,
          stem: multiple.stem.replace('(Choose two.)', ''),
          options: multiple.options.slice(0, 4),
        },
        {
          ...single,
          id: `other-${single.id}`,
          options: single.options.map((o, i) =>
            i === 3 ? { ...o, text: 'None of the above' } : o,
          ),
        },
      ],
    };
    const problems = questionBankProblems(content).join('\n');
    expect(problems).toContain(`${multiple.id}: 4 options, a choose-2 question has 5`);
    expect(problems).toContain(`${multiple.id}: a choose-2 stem must contain "(Choose two.)"`);
    expect(problems).toContain(`other-${single.id}: id must be ${single.lesson}-NN`);
    expect(problems).toContain('no all/none of the above');
  });

  it('position spread counts the correct option of single-answer questions only', () => {
    const q = real.questions.find((x) => x.kind === 'single')!;
    const at = (id: string) => ({
      ...q,
      options: q.options.map((o) => ({ ...o, correct: o.id === id })),
    });
    expect(correctPositionShares([at('a'), at('a'), at('b'), at('d')])).toEqual({
      a: 0.5,
      b: 0.25,
      c: 0,
      d: 0.25,
    });
  });
});
