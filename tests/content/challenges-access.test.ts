// @vitest-environment node
// Every access challenge is playable: its start parses with every policy valid, its goal is not
// met at the start, and replaying its own solution meets it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseAccessChallenge,
  parseAccessScenario,
  type AccessChallenge,
} from '../../src/domain/access/challenge';
import { meetsAccessGoal } from '../../src/domain/access/goals';
import { policyIds, readPolicyById, type AccessScenario } from '../../src/domain/access/scenario';
import { applyAccessAction, runAccess } from '../../src/domain/access/simulation';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const dir = join(content, 'challenges/access');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const challenges: { file: string; challenge: AccessChallenge }[] = files.map((file) => ({
  file,
  challenge: parseAccessChallenge(readJson(join(dir, file))),
}));

const trapIds = new Set(
  (readJson(join(content, 'traps.json')) as { id: string }[]).map((t) => t.id),
);
const lessonSlugs = new Set(
  readdirSync(join(content, 'lessons'))
    .map((f) => /^\d{2}-(.+)\.mdx$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined),
);

function replay(challenge: AccessChallenge): { scenario: AccessScenario; summaries: string[] } {
  const summaries: string[] = [];
  const scenario = challenge.solution.reduce((s, action) => {
    const step = applyAccessAction(s, action);
    summaries.push(step.summary);
    return step.scenario;
  }, challenge.start);
  return { scenario, summaries };
}

const invalidPolicies = (s: AccessScenario) =>
  policyIds(s).filter((id) => readPolicyById(s, id)?.status === 'invalid');

describe('access challenges', () => {
  it('has at least 6 challenges with unique ids', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    const ids = challenges.map((c) => c.challenge.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(challenges)('$file', ({ file, challenge }) => {
    it('is named after its id and runs in the access simulator', () => {
      expect(file).toBe(`${challenge.id}.json`);
      expect(challenge.simulator).toBe('access');
    });

    it('cites known traps and the cross-account lesson', () => {
      expect(challenge.traps.filter((t) => !trapIds.has(t))).toEqual([]);
      expect(lessonSlugs.has(challenge.lesson)).toBe(true);
      expect(challenge.lesson).toBe('cross-account');
    });

    it('starts with every policy valid', () => {
      expect(invalidPolicies(challenge.start)).toEqual([]);
    });

    it('is not solved at the start', () => {
      expect(meetsAccessGoal(challenge.start, challenge.check)).toBe(false);
    });

    it('is solved by replaying its solution, whose length is par, with no action refused', () => {
      const { scenario, summaries } = replay(challenge);
      expect(summaries.filter((s) => /refused|not added|unchanged|No policy/i.test(s))).toEqual([]);
      expect(invalidPolicies(scenario)).toEqual([]);
      expect(meetsAccessGoal(scenario, challenge.check)).toBe(true);
      expect(challenge.par).toBe(challenge.solution.length);
    });

    it('keeps hints to 2–3', () => {
      expect(challenge.hints.length).toBeGreaterThanOrEqual(2);
      expect(challenge.hints.length).toBeLessThanOrEqual(3);
    });
  });
});

describe('default access scenario', () => {
  const scenario = parseAccessScenario(readJson(join(content, 'scenarios/access.json')));

  it('parses with every policy valid', () => {
    expect(invalidPolicies(scenario)).toEqual([]);
    expect(scenario.accounts.map((a) => a.id)).toEqual(['111111111111', '222222222222']);
    expect(scenario.principals[0]).toMatchObject({ name: 'build', account: '222222222222' });
  });

  it('fails the cross-account pull until the workload side agrees, while the other journeys work', () => {
    const run = (journey: 'ecr-pull' | 's3-read' | 'codeartifact-install') =>
      runAccess(scenario, { kind: 'journey', journey, principal: 'build' }).decision;
    expect(run('ecr-pull')).toBe('ImplicitDeny');
    expect(run('s3-read')).toBe('Allow');
    expect(run('codeartifact-install')).toBe('Allow');
  });
});
