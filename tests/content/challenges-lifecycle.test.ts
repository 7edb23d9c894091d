// @vitest-environment node
// Every lifecycle challenge is playable: its start parses, its goal is not met at the start, and
// replaying its own solution meets it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  parseLifecycleChallenge,
  parseLifecycleScenario,
  type LifecycleChallenge,
} from '../../src/domain/lifecycle/challenge';
import { meetsLifecycleGoal } from '../../src/domain/lifecycle/goals';
import type { LifecycleScenario } from '../../src/domain/lifecycle/scenario';
import {
  applyLifecycleAction,
  parseEcrPolicyText,
  parseS3ConfigurationText,
} from '../../src/domain/lifecycle/simulation';

const content = fileURLToPath(new URL('../../content/', import.meta.url));
const dir = join(content, 'challenges/lifecycle');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const challenges: { file: string; challenge: LifecycleChallenge }[] = files.map((file) => ({
  file,
  challenge: parseLifecycleChallenge(readJson(join(dir, file))),
}));

const trapIds = new Set(
  (readJson(join(content, 'traps.json')) as { id: string }[]).map((t) => t.id),
);
const lessonSlugs = new Set(
  readdirSync(join(content, 'lessons'))
    .map((f) => /^\d{2}-(.+)\.mdx$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined),
);

function replay(challenge: LifecycleChallenge): { scenario: LifecycleScenario; trace: string[] } {
  let scenario = challenge.start;
  const trace: string[] = [];
  for (const action of challenge.solution) {
    const step = applyLifecycleAction(scenario, action);
    scenario = step.scenario;
    trace.push(...step.trace);
  }
  return { scenario, trace };
}

describe('lifecycle challenges', () => {
  it('has at least 6 challenges with unique ids', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(6);
    const ids = challenges.map((c) => c.challenge.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers both tabs and the lifecycle traps', () => {
    expect(new Set(challenges.map((c) => c.challenge.start.tab))).toEqual(new Set(['ecr', 's3']));
    const traps = new Set(challenges.flatMap((c) => c.challenge.traps));
    for (const trap of [
      'ecr-rule-protection',
      'ecr-any-rule-last',
      's3-versioned-expiration',
      's3-ia-30-day-minimum',
      'object-lock-compliance-untested',
    ]) {
      expect(traps).toContain(trap);
    }
  });

  describe.each(challenges)('$file', ({ file, challenge }) => {
    it('is named after its id and runs in the lifecycle simulator', () => {
      expect(file).toBe(`${challenge.id}.json`);
      expect(challenge.simulator).toBe('lifecycle');
    });

    it('cites known traps and a lesson slug', () => {
      expect(challenge.traps.filter((t) => !trapIds.has(t))).toEqual([]);
      expect(lessonSlugs.has(challenge.lesson)).toBe(true);
      expect(['ecr-lifecycle', 's3-build-artifacts', 's3-object-lock']).toContain(challenge.lesson);
    });

    it('is not solved at the start', () => {
      expect(meetsLifecycleGoal(challenge.start, challenge.check)).toBe(false);
    });

    it('is not solved by letting time pass alone', () => {
      const tab = challenge.start.tab;
      const waited = applyLifecycleAction(challenge.start, {
        type: `${tab}.clock.advance`,
        days: 30,
      }).scenario;
      expect(meetsLifecycleGoal(waited, challenge.check)).toBe(false);
    });

    it('is solved by replaying its solution, whose length is par, and every step explains itself', () => {
      const { scenario, trace } = replay(challenge);
      expect(meetsLifecycleGoal(scenario, challenge.check)).toBe(true);
      expect(challenge.par).toBe(challenge.solution.length);
      expect(trace.length).toBeGreaterThan(challenge.solution.length);
    });

    it('keeps hints to 2–3', () => {
      expect(challenge.hints.length).toBeGreaterThanOrEqual(2);
      expect(challenge.hints.length).toBeLessThanOrEqual(3);
    });
  });
});

describe('default lifecycle scenario', () => {
  it('parses, and its policy and configuration are valid', () => {
    const scenario = parseLifecycleScenario(readJson(join(content, 'scenarios/lifecycle.json')));
    expect(parseEcrPolicyText(scenario.ecr.policyText).problem).toBeNull();
    expect(parseS3ConfigurationText(scenario.s3.configurationText).problem).toBeNull();
    expect(scenario.ecr.images.length).toBeGreaterThan(5);
    expect(scenario.s3.objects.length).toBeGreaterThan(5);
  });
});
