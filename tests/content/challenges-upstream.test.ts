// @vitest-environment node
// Every upstream challenge is playable: its start is a domain AWS could hold, its goal is not met
// at the start, and replaying its own solution meets it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDomain } from '../../src/domain/codeartifact';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
  type UpstreamChallenge,
} from '../../src/domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../src/domain/codeartifact/goals';
import { applyUpstreamAction } from '../../src/domain/codeartifact/simulation';
import type { UpstreamScenario } from '../../src/domain/codeartifact/scenario';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const dir = join(content, 'challenges/upstream');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const challenges: { file: string; challenge: UpstreamChallenge }[] = files.map((file) => ({
  file,
  challenge: parseUpstreamChallenge(readJson(join(dir, file))),
}));

const trapIds = new Set(
  (readJson(join(content, 'traps.json')) as { id: string }[]).map((t) => t.id),
);
const lessonSlugs = new Set(
  readdirSync(join(content, 'lessons'))
    .map((f) => /^\d{2}-(.+)\.mdx$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined),
);

function replay(challenge: UpstreamChallenge): UpstreamScenario {
  return challenge.solution.reduce(
    (s, action) => applyUpstreamAction(s, action).scenario,
    challenge.start,
  );
}

describe('upstream challenges', () => {
  it('has at least 6 challenges with unique ids', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    const ids = challenges.map((c) => c.challenge.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(challenges)('$file', ({ file, challenge }) => {
    it('is named after its id and runs in the upstream simulator', () => {
      expect(file).toBe(`${challenge.id}.json`);
      expect(challenge.simulator).toBe('upstream');
    });

    it('cites known traps and a lesson slug', () => {
      expect(challenge.traps.filter((t) => !trapIds.has(t))).toEqual([]);
      expect(lessonSlugs.has(challenge.lesson)).toBe(true);
    });

    it('starts from a domain CodeArtifact could hold', () => {
      expect(validateDomain(challenge.start.domain)).toEqual([]);
    });

    it('is not solved at the start', () => {
      expect(meetsUpstreamGoal(challenge.start, challenge.check)).toBe(false);
    });

    it('is solved by replaying its solution, whose length is par', () => {
      expect(meetsUpstreamGoal(replay(challenge), challenge.check)).toBe(true);
      expect(challenge.par).toBe(challenge.solution.length);
    });

    it('keeps hints to 2–3', () => {
      expect(challenge.hints.length).toBeGreaterThanOrEqual(2);
      expect(challenge.hints.length).toBeLessThanOrEqual(3);
    });
  });
});

describe('default upstream scenario', () => {
  it('parses and is a domain CodeArtifact could hold', () => {
    const scenario = parseUpstreamScenario(readJson(join(content, 'scenarios/upstream.json')));
    expect(validateDomain(scenario.domain)).toEqual([]);
    expect(scenario.token?.expiresAt).not.toBeNull();
    expect(Date.parse(scenario.token!.expiresAt!)).toBeGreaterThan(Date.parse(scenario.now));
  });
});
