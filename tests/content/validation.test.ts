// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ContentError,
  contentDir,
  loadQuestions,
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
