import { describe, expect, it } from 'vitest';
import { evaluateAccess, type AccessInput, type Decision } from '../../../src/domain/access';

interface Vector {
  name: string;
  doc: string;
  input: AccessInput;
  expected: Decision;
  /** the Sid of the statement the deciding step must name */
  decidingStatement?: string;
}

const files = import.meta.glob<{ description: string; vectors: Vector[] }>(
  '../../vectors/access/*.json',
  { eager: true, import: 'default' },
);

describe('worked examples from the AWS documentation (tests/vectors/access)', () => {
  it('has vector files', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(6);
  });

  for (const [file, { vectors }] of Object.entries(files)) {
    describe(file.replace('../../vectors/access/', ''), () => {
      it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
        expect(vector.doc).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
        const result = evaluateAccess(vector.input);
        expect(
          result.decision,
          result.trace.map((s) => `${s.outcome}: ${s.reason}`).join('\n'),
        ).toBe(vector.expected);
        const last = result.trace.at(-1);
        expect(last?.outcome).toBe('decides');
        if (vector.decidingStatement) expect(last?.statement).toBe(vector.decidingStatement);
      });
    });
  }
});
