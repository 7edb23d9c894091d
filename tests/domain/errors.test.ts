import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/domain/errors';

describe('PolicyError', () => {
  it('carries the JSON path and puts it in the message', () => {
    const error = new PolicyError('rules[1].selection.countUnit', 'only with sinceImagePushed');
    expect(error).toBeInstanceOf(Error);
    expect(error.path).toBe('rules[1].selection.countUnit');
    expect(error.message).toBe('rules[1].selection.countUnit: only with sinceImagePushed');
  });
});

describe('located', () => {
  it('puts the JSON path in front when there is one', async () => {
    const { located } = await import('../../src/domain/errors');
    expect(located({ path: 'rules[0].rulePriority', message: 'must be unique' })).toBe(
      'rules[0].rulePriority: must be unique',
    );
    expect(located({ path: '', message: 'not valid JSON' })).toBe('not valid JSON');
  });
});
