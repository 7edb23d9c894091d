// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitCode } from '../../../src/domain/content/richText';

describe('splitCode', () => {
  it('keeps prose without code as one part, blank lines included', () => {
    expect(splitCode('First paragraph.\n\nSecond one.')).toEqual([
      { text: 'First paragraph.\n\nSecond one.' },
    ]);
  });

  it('turns a paragraph that parses as JSON into JSON code', () => {
    expect(
      splitCode('This policy:\n\n{\n  "Version": "2012-10-17"\n}\n\nWhat does it allow?'),
    ).toEqual([
      { text: 'This policy:' },
      { code: '{\n  "Version": "2012-10-17"\n}', lang: 'json' },
      { text: 'What does it allow?' },
    ]);
  });

  it('reads fenced blocks with their language, and without one as plain text', () => {
    expect(
      splitCode('Run:\n\n```bash\naws ecr describe-images\n```\n\n```\nimg1  tags: rc-7\n```'),
    ).toEqual([
      { text: 'Run:' },
      { code: 'aws ecr describe-images', lang: 'bash' },
      { code: 'img1  tags: rc-7', lang: 'text' },
    ]);
  });

  it('leaves braces that are not JSON as prose', () => {
    expect(splitCode('{ not json }\n\nNext.')).toEqual([{ text: '{ not json }\n\nNext.' }]);
  });
});
