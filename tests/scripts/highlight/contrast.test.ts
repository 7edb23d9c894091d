// @vitest-environment node
// Every coloured token in the lessons' and questions' code must stay readable (WCAG AA, 4.5:1) on
// the code background of both themes, as axe would demand; the background comes from the CSS.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, loadLessons, loadQuestions } from '../../../scripts/content/load';
import { richText } from '../../../scripts/highlight/questionCodePlugin';
import { highlightCode } from '../../../scripts/highlight/shiki';
import type { HighlightedCode } from '../../../src/domain/content/richText';

const srcDir = join(contentDir, '../src');
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? cssFiles(join(dir, e.name))
      : e.name.endsWith('.css')
        ? [join(dir, e.name)]
        : [],
  );
}
const surface = cssFiles(srcDir)
  .map((f) =>
    /--color-surface-2:\s*light-dark\((#\w{6}),\s*(#\w{6})\)/.exec(readFileSync(f, 'utf8')),
  )
  .find(Boolean)!;
const [light, dark] = [surface[1]!, surface[2]!];

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

async function allCode(): Promise<HighlightedCode[]> {
  const blocks: Promise<HighlightedCode>[] = [];
  for (const lesson of loadLessons())
    for (const m of lesson.body.matchAll(/^```(\w+)\n([\s\S]*?)\n```/gm))
      blocks.push(highlightCode(m[2]!, m[1]!));
  const questionParts = await Promise.all(
    loadQuestions().flatMap((q) => [richText(q.stem), richText(q.explanation)]),
  );
  return [
    ...(await Promise.all(blocks)),
    ...questionParts.flatMap((parts) => (parts ?? []).filter((p) => typeof p !== 'string')),
  ];
}

describe('highlighted code contrast', () => {
  it(`meets 4.5:1 on ${light} (light) and ${dark} (dark) for every token`, async () => {
    const code = await allCode();
    expect(code.length).toBeGreaterThan(50);
    const problems = new Set<string>();
    for (const { tokens } of code)
      for (const [text, color] of tokens) {
        if (!color) continue;
        const [, l, d] = /light-dark\((#\w{6}), (#\w{6})\)/.exec(color)!;
        if (contrast(l!, light) < 4.5) problems.add(`${l} on ${light}: "${text.trim()}"`);
        if (contrast(d!, dark) < 4.5) problems.add(`${d} on ${dark}: "${text.trim()}"`);
      }
    expect([...problems]).toEqual([]);
  });
});
