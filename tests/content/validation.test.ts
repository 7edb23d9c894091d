// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  contentDir,
  loadQuestions,
  parseLessonText,
  parseQuestionFile,
} from '../../scripts/content/load';

const file = 'questions/upstreams.json';
const good = JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as Record<string, unknown>[];

function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('build-time validation of question files', () => {
  it('accepts every current question file', () => {
    expect(() => loadQuestions()).not.toThrow();
    expect(parseQuestionFile(file, good).map((q) => q.id)).toEqual(good.map((q) => q.id));
  });

  it('names the file, the question id and the field when a field is broken', () => {
    const broken = structuredClone(good);
    const target = broken[1]!;
    target.difficulty = 7;
    const error = errorOf(() => parseQuestionFile(file, broken));
    expect(error.file).toBe(file);
    expect(error.where).toBe(`question ${String(target.id)}`);
    expect(error.message).toContain(file);
    expect(error.message).toContain(String(target.id));
    expect(error.message).toContain('field "difficulty"');
  });

  it('names the nested field of a broken option', () => {
    const broken = structuredClone(good);
    const options = broken[0]!.options as Record<string, unknown>[];
    options[2]!.why = 'too short';
    const error = errorOf(() => parseQuestionFile(file, broken));
    expect(error.message).toContain(String(broken[0]!.id));
    expect(error.message).toContain('field "options[2].why"');
  });

  it('rejects a non-AWS reference URL and a wrong number of correct options', () => {
    const badUrl = structuredClone(good);
    (badUrl[0]!.references as { url: string }[])[0]!.url = 'https://example.com/blog';
    expect(errorOf(() => parseQuestionFile(file, badUrl)).message).toContain(
      'field "references[0].url"',
    );
    const noCorrect = structuredClone(good);
    for (const o of noCorrect[0]!.options as { correct: boolean }[]) o.correct = false;
    expect(errorOf(() => parseQuestionFile(file, noCorrect)).message).toMatch(
      /field "options": expected \d correct option/,
    );
  });

  it('rejects a file that is not an array', () => {
    const error = errorOf(() => parseQuestionFile(file, { questions: good }));
    expect(error.message).toBe(`${file}: must be an array of questions`);
  });
});

describe('build-time validation of lesson dates', () => {
  const name = '04-upstreams.mdx';
  const raw = readFileSync(join(contentDir, 'lessons', name), 'utf8');
  const withChecks = (yaml: string) => raw.replace(/^checked: .*$/m, (line) => `${line}\n${yaml}`);

  it('accepts a section date keyed by a ## section id', () => {
    const lesson = parseLessonText(name, withChecks('sectionChecks:\n  summary: 2026-11-30'));
    expect(lesson.meta.sectionChecks).toEqual({ summary: '2026-11-30' });
  });

  it('names the file and the unknown section when sectionChecks has a wrong key', () => {
    const error = errorOf(() =>
      parseLessonText(name, withChecks('sectionChecks:\n  nope: 2026-11-30')),
    );
    expect(error.file).toBe(`lessons/${name}`);
    expect(error.message).toContain('sectionChecks: "nope" is not the id of a ## section');
  });

  it('rejects a checked value that is not a calendar date', () => {
    const error = errorOf(() =>
      parseLessonText(name, raw.replace(/^checked: .*$/m, 'checked: last week')),
    );
    expect(error.message).toContain('field "checked"');
  });
});
