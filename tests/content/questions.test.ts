// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  loadContent,
  positionSpreadProblems,
  questionBankProblems,
  trapCatalogueProblems,
} from '../../scripts/content/check';

const content = loadContent();

describe('question bank', () => {
  it('meets the bank rules: size, per-lesson count, share of multiple-response, ids, option counts, stems', () => {
    expect(questionBankProblems(content)).toEqual([]);
  });

  it('spreads correct answers of single-answer questions over positions a–d (15–35 % each)', () => {
    expect(positionSpreadProblems(content)).toEqual([]);
  });
});

describe('trap catalogue', () => {
  it('has at least 20 traps', () => {
    expect(content.traps.length).toBeGreaterThanOrEqual(20);
  });

  it('has unique ids, real lessons, and every trap is cited by at least 3 questions', () => {
    expect(trapCatalogueProblems(content)).toEqual([]);
  });
});
