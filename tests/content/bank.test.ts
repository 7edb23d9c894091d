// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bankFigures, bankProblems, formatBankFigures } from '../../scripts/content/bank';
import { loadBlueprint, loadQuestions } from '../../scripts/content/load';

const questions = loadQuestions();
const blueprint = loadBlueprint();

describe('the exam pool thinks like DOP-C02', () => {
  it('prints its figures and breaks no bound: size, lengths, cue rates, choose-N share, blueprint quotas', () => {
    console.log(
      `Question bank\n  ${formatBankFigures(bankFigures(questions, blueprint)).join('\n  ')}`,
    );
    expect(bankProblems(questions, blueprint)).toEqual([]);
  });

  it('blueprint weights sum to 1 and every line can meet its quota', () => {
    const sum = blueprint.lines.reduce((n, l) => n + l.weight, 0);
    expect(sum).toBeCloseTo(1, 6);
    for (const l of blueprint.lines) expect(l.min).toBeLessThanOrEqual(l.weight);
    for (const l of blueprint.lines) expect(l.weight).toBeLessThanOrEqual(l.max);
  });
});
