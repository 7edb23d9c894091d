// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  calloutProblems,
  diagramProblems,
  glossaryProblems,
  loadContent,
  quickCheckProblems,
  referenceProblems,
  sandboxProblems,
  simulatorProblems,
} from '../../scripts/content/check';

const content = loadContent();

describe('cross-references', () => {
  it('the glossary has at least 40 entries and every <Term id> resolves in it', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(40);
    expect(glossaryProblems(content)).toEqual([]);
  });

  it('every <Callout> has a known kind, trap callouts name a trap, and every trap id resolves', () => {
    expect(calloutProblems(content)).toEqual([]);
  });

  it('every <QuickCheck question> resolves to a question of the same lesson', () => {
    expect(quickCheckProblems(content)).toEqual([]);
  });

  it('every <TryIt simulator> is known and every cited challenge has a file', () => {
    expect(sandboxProblems(content)).toEqual([]);
    expect(simulatorProblems(content)).toEqual([]);
  });

  it('every <Diagram name> has a component', () => {
    expect(diagramProblems(content)).toEqual([]);
  });

  it('every reference is AWS documentation', () => {
    expect(referenceProblems(content)).toEqual([]);
  });
});
