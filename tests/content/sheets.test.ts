// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildGlossaryUses } from '../../scripts/content/glossary-uses';
import { loadGlossary, loadLessons, type LessonSource } from '../../scripts/content/load';
import { sheetSource } from '../../scripts/content/sheets';

const lessons = loadLessons();
const lesson = lessons[0]!;
const withBody = (body: string): LessonSource => ({ ...lesson, body });

describe('cheat sheet sources', () => {
  it('takes the first table as plain text, and no table when there is none', () => {
    const { table } = sheetSource(
      withBody(
        'Intro\n\n| Setting | Lifetime |\n|---|---|\n| `--duration-seconds 0` | ends with the **role** session |\n\n| Second | table |\n|---|---|\n| x | y |',
      ),
    );
    expect(table).toEqual({
      head: ['Setting', 'Lifetime'],
      rows: [['--duration-seconds 0', 'ends with the role session']],
    });
    expect(sheetSource(withBody('No table here.')).table).toBeNull();
  });

  it('collects shell commands with their continued lines, leaving out comments, repeats and other languages', () => {
    const { commands } = sheetSource(
      withBody(
        '```bash\n# log in first\naws codeartifact login --tool npm \\\n  --domain acme\nnpm ci\n```\n\n```json\n{ "a": 1 }\n```\n\n```bash\nnpm ci\n```',
      ),
    );
    expect(commands).toBe('aws codeartifact login --tool npm \\\n  --domain acme\nnpm ci');
    expect(sheetSource(withBody('```json\n{}\n```')).commands).toBeNull();
  });
});

it('leaves the slug "sheet" free: /learn/sheet is the course cheat sheet', () => {
  expect(lessons.map((l) => l.meta.slug)).not.toContain('sheet');
});

describe('glossary uses', () => {
  it('lists every lesson section that uses a term, including the opening before any section', () => {
    const uses = buildGlossaryUses([
      { ...lesson, termSections: { 'upstream-repository': ['', lesson.meta.sections[0]!.id] } },
    ]);
    expect(uses['upstream-repository']).toEqual([
      {
        lesson: lesson.meta.slug,
        lessonTitle: lesson.meta.title,
        section: '',
        sectionTitle: lesson.meta.title,
      },
      {
        lesson: lesson.meta.slug,
        lessonTitle: lesson.meta.title,
        section: lesson.meta.sections[0]!.id,
        sectionTitle: lesson.meta.sections[0]!.title,
      },
    ]);
  });

  it('finds a use for every term the real lessons mark with <Term>', () => {
    const uses = buildGlossaryUses(lessons);
    const marked = new Set(lessons.flatMap((l) => Object.keys(l.termSections)));
    expect(marked.size).toBeGreaterThan(0);
    for (const id of marked) expect(uses[id]?.length, id).toBeGreaterThan(0);
    expect(loadGlossary().filter((g) => marked.has(g.id)).length).toBe(marked.size);
  });
});
