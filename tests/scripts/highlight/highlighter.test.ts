// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlighterSignature } from '../../../scripts/highlighter-signatures.mjs';
import { richText } from '../../../scripts/highlight/questionCodePlugin';
import { highlightCode } from '../../../scripts/highlight/shiki';
import { contentDir } from '../../../scripts/content/load';

const root = join(__dirname, '../../..');
const moduleFile = (path: string) => readFileSync(join(root, 'node_modules', path), 'utf8');

describe('build-time highlighting', () => {
  it('gives plain-JSON tokens: default-coloured text bare, others with a light-dark() colour', async () => {
    const { lang, tokens } = await highlightCode('{\n  "Effect": "Allow"\n}', 'json');
    expect(lang).toBe('json');
    expect(tokens.map(([text]) => text).join('')).toBe('{\n  "Effect": "Allow"\n}');
    expect(tokens[0]).toEqual(['{\n']);
    expect(
      tokens
        .filter(([, color]) => color)
        .every(([, color]) => /^light-dark\(#\w+, #\w+\)$/.test(color!)),
    ).toBe(true);
    expect(tokens.filter(([, color]) => color).length).toBeGreaterThanOrEqual(2);
  });

  it('falls back to unhighlighted text for a language it does not load', async () => {
    expect(await highlightCode('x = 1', 'cobol')).toEqual({ lang: 'text', tokens: [['x = 1']] });
  });

  it('turns a question stem with a policy into prose and highlighted code, and leaves prose alone', async () => {
    const rich = await richText('Given:\n\n{ "a": 1 }\n\nWhich?');
    expect(rich?.[0]).toBe('Given:');
    expect(rich?.[1]).toMatchObject({ lang: 'json' });
    expect(rich?.[2]).toBe('Which?');
    expect(await richText('Only prose here.')).toBeNull();
  });
});

describe('highlighter signatures (the budget script fails a build whose JS carries one)', () => {
  it.each([
    'shiki/dist/index.mjs',
    '@shikijs/core/dist/index.mjs',
    '@shikijs/vscode-textmate/dist/index.js',
    '@shikijs/engine-oniguruma/dist/index.mjs',
    '@shikijs/langs/dist/json.mjs',
    '@shikijs/themes/dist/github-dark-default.mjs',
  ])('finds one in %s', (path) => {
    expect(highlighterSignature(moduleFile(path))).not.toBeNull();
  });

  it('finds one in the JavaScript regex engine', () => {
    const dir = join(root, 'node_modules/@shikijs/engine-javascript/dist');
    const engine = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(highlighterSignature(engine)).not.toBeNull();
  });

  it('finds none in highlighted output', async () => {
    const out = await highlightCode(
      readFileSync(join(contentDir, 'questions/cross-account.json'), 'utf8'),
      'json',
    );
    expect(highlighterSignature(JSON.stringify(out))).toBeNull();
  });
});
