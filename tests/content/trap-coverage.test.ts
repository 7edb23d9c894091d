// @vitest-environment node
// Every trap in content/traps.json is practised in at least one sandbox challenge, in any simulator.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, readJson } from './challengeSuite';

const traps = (readJson(join(contentDir, 'traps.json')) as { id: string }[]).map((t) => t.id);

const challengesDir = join(contentDir, 'challenges');
const covered = new Set(
  readdirSync(challengesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(challengesDir, d.name))
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => (readJson(join(challengesDir, d.name, f)) as { traps: string[] }).traps),
    ),
);

describe('trap coverage', () => {
  it('every trap has a challenge', () => {
    expect(traps.filter((id) => !covered.has(id))).toEqual([]);
  });
});
