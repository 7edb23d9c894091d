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
