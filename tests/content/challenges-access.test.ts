// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccessChallenge, parseAccessScenario } from '../../src/domain/access/challenge';
import { meetsAccessGoal } from '../../src/domain/access/goals';
import { policyIds, readPolicyById, type AccessScenario } from '../../src/domain/access/scenario';
import { runAccess } from '../../src/domain/access/run';
import { applyAccessAction } from '../../src/domain/access/simulation';
import { contentDir, describeChallenges, readJson } from './challengeSuite';

const invalidPolicies = (s: AccessScenario) =>
  policyIds(s).filter((id) => readPolicyById(s, id)?.status === 'invalid');

describeChallenges({
  simulator: 'access',
  parse: parseAccessChallenge,
  meets: meetsAccessGoal,
  apply: applyAccessAction,
  lessons: ['cross-account'],
  checkStart: (start) => expect(invalidPolicies(start)).toEqual([]),
  // no step of a solution is refused, and it leaves every policy valid
  checkReplay: (steps) => {
    expect(
      steps.map((s) => s.summary).filter((s) => /refused|not added|unchanged|No policy/i.test(s)),
    ).toEqual([]);
    expect(invalidPolicies(steps.at(-1)!.scenario)).toEqual([]);
  },
});

describe('default access scenario', () => {
  const scenario = parseAccessScenario(readJson(join(contentDir, 'scenarios/access.json')));

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
