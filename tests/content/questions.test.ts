import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionFileSchema, type Question } from '../../src/domain/quiz/schema';
import traps from '../../content/traps.json';

const dir = join(__dirname, '../../content/questions');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const bank: Question[] = files.flatMap((f) => {
  const parsed = questionFileSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  if (!parsed.success) throw new Error(`${f}: ${JSON.stringify(parsed.error.issues[0])}`);
  return parsed.data.map((q) => ({ ...q, file: f }));
});

describe('question bank', () => {
  it('has unique ids whose prefix is the lesson file', () => {
    const ids = bank.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of bank) expect(q.id.startsWith(`${q.lesson}-`)).toBe(true);
  });

  it('cites only traps from the catalogue', () => {
    const known = new Set(traps.map((t) => t.id));
    for (const q of bank) for (const t of q.traps) expect(known, `${q.id} cites ${t}`).toContain(t);
  });
});
