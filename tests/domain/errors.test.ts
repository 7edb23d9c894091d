import { describe, expect, it } from 'vitest';
import { joinPath, located, PolicyError } from '../../src/domain/errors';
import { parseOrThrow } from '../../src/domain/parseOrThrow';
import { scenarioSchema } from '../../src/domain/codeartifact/scenario';

describe('PolicyError', () => {
  it('carries the JSON path and the problem apart, and joins them in the message', () => {
    const error = new PolicyError('rules[1].selection.countUnit', 'only with sinceImagePushed');
    expect(error).toBeInstanceOf(Error);
    expect(error.path).toBe('rules[1].selection.countUnit');
    expect(error.problem).toBe('only with sinceImagePushed');
    expect(error.message).toBe('rules[1].selection.countUnit: only with sinceImagePushed');
  });

  it('has a message that is the problem alone when there is no path', () => {
    const error = new PolicyError('', 'not valid JSON: x: y');
    expect(error.message).toBe('not valid JSON: x: y');
    expect(error.problem).toBe('not valid JSON: x: y');
  });

  it('moves under an outer document without touching the problem, even one with colons', () => {
    const inner = new PolicyError('domain.name', 'bad: “a: b”');
    const outer = inner.under('start');
    expect(outer).toBeInstanceOf(PolicyError);
    expect(outer.path).toBe('start.domain.name');
    expect(outer.problem).toBe('bad: “a: b”');
    expect(new PolicyError('', 'empty').under('scenario').message).toBe('scenario: empty');
  });
});

describe('joinPath', () => {
  it('joins keys with a dot and indexes without one', () => {
    expect(joinPath('start', 'domain.name')).toBe('start.domain.name');
    expect(joinPath('solution', '[2].type')).toBe('solution[2].type');
    expect(joinPath('', 'rules[0]')).toBe('rules[0]');
    expect(joinPath('start', '')).toBe('start');
  });

  it('is what parseOrThrow uses for zod issues', () => {
    const error = (() => {
      try {
        parseOrThrow(scenarioSchema, { domain: 1 }, 'start');
      } catch (e) {
        return e as PolicyError;
      }
    })();
    expect(error?.path).toBe('start.domain');
    expect(error?.message).toBe(`start.domain: ${error?.problem}`);
  });
});

describe('located', () => {
  it('puts the JSON path in front when there is one', () => {
    expect(located({ path: 'rules[0].rulePriority', message: 'must be unique' })).toBe(
      'rules[0].rulePriority: must be unique',
    );
    expect(located({ path: '', message: 'not valid JSON' })).toBe('not valid JSON');
  });
});
