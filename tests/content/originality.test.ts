// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOriginality, notePath } from '../../scripts/content/check';

describe('originality', () => {
  it('no content file shares 12 consecutive words with the syllabus note', async () => {
    const { findCopiedRuns } = await loadOriginality();
    expect(findCopiedRuns()).toEqual([]);
  });

  it.runIf(existsSync(notePath))('catches a sentence planted from the note', async () => {
    const { findCopiedRuns, words } = await loadOriginality();
    const sentence = readFileSync(notePath, 'utf8')
      .split(/(?<=[.!?])\s+|\n+/)
      .find((s) => words(s).length === 13);
    expect(sentence).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'artifact-lab-originality-'));
    try {
      const file = join(dir, 'planted.mdx');
      writeFileSync(file, `A harmless opening line.\n\n${sentence!}\n`);
      const problems = findCopiedRuns([file]);
      expect(problems).toHaveLength(1);
      expect(words(sentence!).join(' ')).toContain(problems[0]!.run);
      // And an original sentence on the same facts passes.
      writeFileSync(
        file,
        'Artifact Lab writes its own sentences about packages, images and build outputs.\n',
      );
      expect(findCopiedRuns([file])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
