// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Plants one import in a file that does not exist (ESLint lints the text as if it stood at that
 * path, so nothing is written into src/) and reports what the boundaries rule says about it.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  // the first lint loads the whole config (typescript-eslint, plugins)
  await eslint.lintText('export {};\n', { filePath: `${root}src/domain/warm-up.ts` });
}, 60_000);

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, {
    filePath: `${root}src/${file}`,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'artifact-lab/boundaries')
    .map((m) => m.message);
}

const plant = (target: string) => `import { x } from '${target}';\nvoid x;`;

/** Every arrow DESIGN.md forbids: [where the file is, what it imports]. */
const FORBIDDEN: [string, string][] = [
  // domain → nothing of ours outside domain, and no framework
  ['domain/quiz/planted.ts', '../../machines/quizSession'],
  ['domain/quiz/planted.ts', '../../features/quiz/QuizSession'],
  ['domain/quiz/planted.ts', '../../components/Bars'],
  ['domain/quiz/planted.ts', '../../db/attempts'],
  ['domain/quiz/planted.ts', '../../stores/preferences'],
  ['domain/quiz/planted.ts', '../../content/lessons'],
  ['domain/quiz/planted.ts', '../../app/routes'],
  ['domain/quiz/planted.ts', 'react'],
  ['domain/quiz/planted.ts', 'xstate'],
  ['domain/quiz/planted.ts', 'dexie'],
  // machines → domain only
  ['machines/planted.ts', '../features/quiz/QuizSession'],
  ['machines/planted.ts', '../components/Bars'],
  ['machines/planted.ts', '../db/attempts'],
  ['machines/planted.ts', '../stores/preferences'],
  ['machines/planted.ts', '../content/lessons'],
  ['machines/planted.ts', '../app/routes'],
  ['machines/planted.ts', 'react'],
  ['machines/planted.ts', '@xstate/react'],
  // components → no feature, no machine
  ['components/planted.tsx', '../features/quiz/QuizSession'],
  ['components/planted.tsx', '../machines/quizSession'],
  ['components/planted.tsx', '../app/routes'],
  // db → domain only
  ['db/planted.ts', '../features/quiz/QuizSession'],
  ['db/planted.ts', '../components/Bars'],
  ['db/planted.ts', '../machines/quizSession'],
  ['db/planted.ts', '../stores/preferences'],
  ['db/planted.ts', '../content/lessons'],
  ['db/planted.ts', 'react'],
  // stores → domain only
  ['stores/planted.ts', '../features/quiz/QuizSession'],
  ['stores/planted.ts', '../db/attempts'],
  ['stores/planted.ts', '../components/Bars'],
  ['stores/planted.ts', 'react'],
  // content loaders → domain only
  ['content/planted.ts', '../features/quiz/QuizSession'],
  ['content/planted.ts', '../components/Bars'],
  ['content/planted.ts', '../db/attempts'],
  ['content/planted.ts', '../machines/quizSession'],
  // features → no other feature, never app
  ['features/review/planted.tsx', '../quiz/QuizSession'],
  ['features/review/planted.tsx', '../../features/quiz/QuizSession'],
  ['features/review/planted.tsx', '../../app/routes'],
];

describe('the boundaries lint rule', () => {
  it.each(FORBIDDEN)('refuses %s importing %s', async (file, target) => {
    expect(await boundaryErrors(file, plant(target))).toHaveLength(1);
  });

  it('sees type-only imports, re-exports and dynamic imports too', async () => {
    const file = 'components/planted.tsx';
    const machine = '../machines/quizSession';
    expect(
      await boundaryErrors(file, `import type { X } from '${machine}';\nlet y: X;`),
    ).toHaveLength(1);
    expect(await boundaryErrors(file, `export { x } from '${machine}';`)).toHaveLength(1);
    expect(await boundaryErrors(file, `void import('${machine}');`)).toHaveLength(1);
  });

  it('allows every arrow DESIGN.md draws', async () => {
    const allowed: [string, string][] = [
      ['domain/quiz/planted.ts', '../review'],
      ['domain/quiz/planted.ts', 'zod/mini'],
      ['machines/planted.ts', '../domain/review'],
      ['machines/planted.ts', 'xstate'],
      ['db/planted.ts', '../domain/review'],
      ['db/planted.ts', 'dexie'],
      ['stores/planted.ts', 'zustand'],
      ['content/planted.ts', '../domain/quiz/schema'],
      ['components/planted.tsx', '../db/exportImport'],
      ['components/planted.tsx', 'react'],
      ['features/review/planted.tsx', '../../machines/quizSession'],
      ['features/review/planted.tsx', '../../components/Bars'],
      ['features/review/planted.tsx', './ReviewPage'],
      ['app/planted.tsx', '../features/quiz/QuizSession'],
    ];
    for (const [file, target] of allowed)
      expect(await boundaryErrors(file, plant(target)), `${file} → ${target}`).toEqual([]);
  });

  it('says which layer may not import which', async () => {
    expect(
      await boundaryErrors('machines/planted.ts', plant('../features/quiz/QuizSession')),
    ).toEqual([
      'src/machines may not import from src/features ("../features/quiz/QuizSession"); it may import from: machines, domain.',
    ]);
    expect(
      await boundaryErrors('features/review/planted.tsx', plant('../quiz/QuizSession')),
    ).toEqual([
      'Feature "review" may not import from feature "quiz"; move shared code to components/ or domain/.',
    ]);
  });
});
