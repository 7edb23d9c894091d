import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLines } from '../../../../src/features/sandbox/frame/jsonTokens';

describe('jsonLines', () => {
  it('gives back any text exactly, line by line, with each line at its offset', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'"\\{}[],: \n\tae1-.Etrunl\u00e9') }),
        (text) => {
          const lines = jsonLines(text);
          const joined = lines.map((l) => l.tokens.map((t) => t.text).join('')).join('\n');
          expect(joined).toBe(text);
          for (const line of lines) {
            const own = line.tokens.map((t) => t.text).join('');
            expect(text.slice(line.from, line.from + own.length)).toBe(own);
          }
        },
      ),
    );
  });

  it('tells keys from string values, and marks numbers, booleans and null', () => {
    const [line] = jsonLines('{"Effect": "Allow", "n": -1.5e3, "on": true, "x": null}');
    const kinds = line!.tokens
      .filter((t) => t.kind !== 'space' && t.kind !== 'punct')
      .map((t) => `${t.kind}:${t.text}`);
    expect(kinds).toEqual([
      'key:"Effect"',
      'string:"Allow"',
      'key:"n"',
      'number:-1.5e3',
      'key:"on"',
      'bool:true',
      'key:"x"',
      'null:null',
    ]);
  });

  it('keeps going through text that is not JSON', () => {
    const [line] = jsonLines('{"a": tru, "b');
    expect(line!.tokens.map((t) => t.kind)).toEqual([
      'punct',
      'key',
      'punct',
      'space',
      'other',
      'punct',
      'space',
      'string',
    ]);
  });
});
