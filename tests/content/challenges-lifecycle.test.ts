// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseLifecycleChallenge,
  parseLifecycleScenario,
} from '../../src/domain/lifecycle/challenge';
import { meetsLifecycleGoal } from '../../src/domain/lifecycle/goals';
import {
  parseEcrPolicyText,
  parseS3ConfigurationText,
} from '../../src/domain/lifecycle/policy-texts';
import { applyLifecycleAction } from '../../src/domain/lifecycle/simulation';
import { contentDir, describeChallenges, readJson } from './challengeSuite';

const challenges = describeChallenges({
  simulator: 'lifecycle',
  parse: parseLifecycleChallenge,
  meets: meetsLifecycleGoal,
  apply: applyLifecycleAction,
  lessons: ['ecr-lifecycle', 's3-build-artifacts', 's3-object-lock'],
  // every step of a solution explains itself
  checkReplay: (steps, challenge) =>
    expect(steps.flatMap((s) => s.trace).length).toBeGreaterThan(challenge.solution.length),
});

describe('lifecycle challenges, beyond the shared checks', () => {
  it('cover both tabs and the lifecycle traps', () => {
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

  it.each(challenges)('$file is not solved by letting time pass alone', ({ challenge }) => {
    const tab = challenge.start.tab;
    const waited = applyLifecycleAction(challenge.start, {
      type: `${tab}.clock.advance`,
      days: 30,
    }).scenario;
    expect(meetsLifecycleGoal(waited, challenge.check)).toBe(false);
  });
});

describe('default lifecycle scenario', () => {
  it('parses, and its policy and configuration are valid', () => {
    const scenario = parseLifecycleScenario(readJson(join(contentDir, 'scenarios/lifecycle.json')));
    expect(parseEcrPolicyText(scenario.ecr.policyText).problem).toBeNull();
    expect(parseS3ConfigurationText(scenario.s3.configurationText).problem).toBeNull();
    expect(scenario.ecr.images.length).toBeGreaterThan(5);
    expect(scenario.s3.objects.length).toBeGreaterThan(5);
  });
});
