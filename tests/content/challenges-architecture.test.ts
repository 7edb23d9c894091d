// @vitest-environment node
import { describe, expect, it } from 'vitest';
import defaultJson from '../../content/scenarios/architecture.json';
import { parseArchitectureChallenge } from '../../src/domain/architecture/challenge';
import { meetsArchitectureGoal } from '../../src/domain/architecture/goals';
import { STAGES } from '../../src/domain/architecture/release';
import { parseArchitectureScenario } from '../../src/domain/architecture/schema';
import {
  applyArchitectureAction,
  type ArchitectureAction,
} from '../../src/domain/architecture/simulation';
import type { ArchitectureScenario } from '../../src/domain/architecture/types';
import { describeChallenges } from './challengeSuite';

const base = parseArchitectureScenario(defaultJson);

const challenges = describeChallenges({
  simulator: 'architecture',
  parse: (raw) => parseArchitectureChallenge(raw, base),
  meets: meetsArchitectureGoal,
  apply: applyArchitectureAction,
  // no step of a solution is refused by the scenario
  checkReplay: (steps) =>
    expect(steps.map((s) => s.summary).filter((s) => s.startsWith('Not applied'))).toEqual([]),
});

describe('default architecture scenario', () => {
  it('parses, and a release run on it passes every stage', () => {
    const step = applyArchitectureAction(base, { type: 'release.run' });
    expect(STAGES.map((id) => step.scenario.lastRun?.[id]?.status)).toEqual(
      STAGES.map(() => 'passed'),
    );
    expect(meetsArchitectureGoal(step.scenario, { released: true })).toBe(true);
  });
});

/** The tempting fix each challenge's goal must refuse: it gets further, but breaks a constraint. */
const play = (s: ArchitectureScenario, actions: unknown[]) =>
  actions.reduce<ArchitectureScenario>(
    (acc, a) => applyArchitectureAction(acc, a as ArchitectureAction).scenario,
    s,
  );
const set = (setting: string, value: unknown) => ({ type: 'setting.change', setting, value });
const run = { type: 'release.run' };

const WRONG_FIXES: Record<string, unknown[][]> = {
  'deploy-the-built-digest': [[set('workload.ecsImage', 'version'), run]],
  'lambda-warn-lets-unsigned-code-in': [
    [set('workload.codeSigning', 'Enforce'), run],
    [set('signer.profileName', 'release_signer'), run],
  ],
  'revoked-profile-new-release': [
    [set('signer.profileName', 'payments_signer'), set('workload.codeSigning', 'Warn'), run],
  ],
  'signed-images-verified-at-deploy': [[run]],
  'lambda-package-over-250-mb': [[set('build.lambdaUnzippedMb', 240), run]],
  'first-pull-through-cache': [[set('build.baseImage', 'cache'), run]],
  'weekly-golden-ami': [[{ type: 'pipeline.run' }, { type: 'pipeline.run' }]],
  'artifact-bucket-encryption': [[set('bucket.defaultEncryption', 'aws/s3'), run]],
  'leaked-codeartifact-token': [[run]],
};

describe('tempting wrong fixes do not meet the goal', () => {
  const byId = new Map(challenges.map(({ challenge }) => [challenge.id, challenge]));
  it.each(Object.entries(WRONG_FIXES))('%s', (id, attempts) => {
    const challenge = byId.get(id)!;
    for (const attempt of attempts)
      expect(meetsArchitectureGoal(play(challenge.start, attempt), challenge.check)).toBe(false);
  });
});
