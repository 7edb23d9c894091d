// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDomain } from '../../src/domain/codeartifact';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../src/domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../src/domain/codeartifact/goals';
import { applyUpstreamAction } from '../../src/domain/codeartifact/simulation';
import { contentDir, describeChallenges, readJson } from './challengeSuite';

describeChallenges({
  simulator: 'upstream',
  parse: parseUpstreamChallenge,
  meets: meetsUpstreamGoal,
  apply: applyUpstreamAction,
  // every start is a domain CodeArtifact could hold
  checkStart: (start) => expect(validateDomain(start.domain)).toEqual([]),
});

describe('default upstream scenario', () => {
  it('parses and is a domain CodeArtifact could hold, with a token still valid', () => {
    const scenario = parseUpstreamScenario(readJson(join(contentDir, 'scenarios/upstream.json')));
    expect(validateDomain(scenario.domain)).toEqual([]);
    expect(scenario.token?.expiresAt).not.toBeNull();
    expect(Date.parse(scenario.token!.expiresAt!)).toBeGreaterThan(Date.parse(scenario.now));
  });
});
