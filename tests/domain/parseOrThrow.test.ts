import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PolicyError } from '../../src/domain/errors';
import { parseJsonOrThrow, schemaParser } from '../../src/domain/parseOrThrow';

describe('parseJsonOrThrow', () => {
  it('returns the parsed value', () => {
    expect(parseJsonOrThrow('{"a":[1]}', '', () => 'unused')).toEqual({ a: [1] });
  });

  it('throws a PolicyError at the given path, worded from the parser’s message', () => {
    let thrown: unknown;
    try {
      parseJsonOrThrow('{"a":', 'start.policy', (reason) => `bad JSON (${reason})`);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyError);
    expect((thrown as PolicyError).path).toBe('start.policy');
    expect((thrown as PolicyError).problem).toMatch(/^bad JSON \(.+\)$/);
  });
});

describe('schemaParser', () => {
  const parsePoint = schemaParser<{ x: number }>(z.strictObject({ x: z.number() }));

  it('parses a valid value', () => {
    expect(parsePoint({ x: 1 })).toEqual({ x: 1 });
  });

  it('reports the first problem at its path, under `at` when given', () => {
    expect(() => parsePoint({ x: 'one' })).toThrow(/^x: /);
    expect(() => parsePoint({ x: 'one' }, 'points[2]')).toThrow(/^points\[2\]\.x: /);
  });
});
