// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOriginality } from '../../scripts/content/check';

describe('originality', () => {
  it('no content file shares 12 consecutive words with the syllabus note', async () => {
    const { findCopiedRuns } = await loadOriginality();
    expect(findCopiedRuns()).toEqual([]);
  });

  it('catches a planted 13-word run and lets an original sentence on the same facts pass', async () => {
    const { findCopiedRuns, hashesOf, words } = await loadOriginality();
    // A stand-in for the note, hashed the way the note is: the check sees only hashes.
    const note =
      'Upstream repositories are searched in order and the requested repository keeps a copy of every version it fetched.';
    const planted =
      'Upstream repositories are searched in order and the requested repository keeps a copy';
    expect(words(planted)).toHaveLength(13);
    const dir = mkdtempSync(join(tmpdir(), 'artifact-lab-originality-'));
    try {
      const file = join(dir, 'planted.mdx');
      writeFileSync(file, `A harmless opening line.\n\n${planted}.\n`);
      const problems = findCopiedRuns([file], hashesOf(note));
      expect(problems).toHaveLength(1);
      expect(words(planted).join(' ')).toContain(problems[0]!.run);
      writeFileSync(
        file,
        'CodeArtifact walks the upstream list depth-first and caches only at both ends of the chain.\n',
      );
      expect(findCopiedRuns([file], hashesOf(note))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
