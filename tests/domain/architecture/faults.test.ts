// @vitest-environment node
import { describe, expect, it } from 'vitest';
import raw from '../../../content/scenarios/architecture.json';
import { FAULTS, withFaults } from '../../../src/domain/architecture/faults';
import { runRelease } from '../../../src/domain/architecture/release';
import { parseArchitectureScenario } from '../../../src/domain/architecture/schema';

const base = parseArchitectureScenario(raw);

/** Each fault, the stage where it shows, and the documented reason the trace must give. */
const EXPECTED: Record<string, { stage: string | null; reason: RegExp }> = {
  'npm-outage': { stage: 'install', reason: /unavailable, so 503/ },
  'token-expired': { stage: 'install', reason: /expired.*401/ },
  'deps-in-s3': { stage: 'install', reason: /no metadata/ },
  'build-no-s3-endpoint': { stage: 'install', reason: /no internet route/ },
  'not-privileged': { stage: 'build', reason: /Cannot connect to the Docker daemon/ },
  'from-docker-hub': { stage: 'build', reason: /Pull through the cache/ },
  'no-import-permission': { stage: 'build', reason: /BatchImportUpstreamImage/ },
  'lambda-too-big': { stage: 'build', reason: /250 MB unzipped/ },
  // Enforce is on in the default scenario: unsigned and wrong-profile code is blocked at deployment
  'lambda-unsigned': { stage: 'deploy', reason: /mismatch.*Enforce/ },
  'lambda-wrong-profile': { stage: 'deploy', reason: /mismatch.*Enforce/ },
  'profile-revoked': { stage: 'sign', reason: /Revoked/ },
  'replication-no-registry-policy': {
    stage: 'replicate',
    reason: /ecr:ReplicateImage|replicate into it/,
  },
  'deploy-role-no-batchgetimage': { stage: 'deploy', reason: /identity-based policy/ },
  'deploy-role-no-token': { stage: 'deploy', reason: /GetAuthorizationToken.*registry-wide/ },
  'repo-policy-no-workload': {
    stage: 'deploy',
    reason: /repository policy allows the caller|no statement in the repository policy/,
  },
  'key-policy-no-workload': { stage: 'deploy', reason: /kms:Decrypt/ },
  'bucket-aws-managed-key': { stage: 'deploy', reason: /kms:Decrypt.*aws\/s3/ },
  'ecs-no-s3-endpoint': { stage: 'deploy', reason: /no internet route/ },
  'deploy-by-latest': { stage: 'deploy', reason: /app:latest/ },
  // these show later, not as a failed stage: findings nobody hears, lifecycle, retention
  'scan-no-rule': { stage: null, reason: /nobody is told/ },
  'lifecycle-one-region': { stage: null, reason: /./ },
  'object-lock-compliance': { stage: null, reason: /Object Lock COMPLIANCE/ },
};

describe('faults', () => {
  it('the default scenario releases green', () => {
    expect(runRelease(base).stages.every((s) => s.ok)).toBe(true);
  });

  it.each(FAULTS.map((f) => [f.id, f] as const))('%s fails where and why the docs say', (id) => {
    const expected = EXPECTED[id]!;
    const r = runRelease({ ...base, faults: [id] });
    const failed = r.stages.find((s) => !s.ok);
    expect(failed?.id ?? null).toBe(expected.stage);
    const text = r.stages.map((s) => s.reason).join(' ') + JSON.stringify(r.stages);
    expect(text).toMatch(expected.reason);
  });

  it('every fault is listed here, changes what a run reads, and off restores the scenario exactly', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FAULTS.map((f) => f.id).sort());
    expect(withFaults(base)).toEqual(base);
    for (const f of FAULTS)
      expect({ ...withFaults({ ...base, faults: [f.id] }), faults: [] }, f.id).not.toEqual(base);
  });

  it('a fault only changes what the run reads: the stored scenario keeps no trace of it', () => {
    const after = runRelease({ ...base, faults: ['npm-outage'] }).scenario;
    expect(after.tooling.codeartifact.registries).toEqual(base.tooling.codeartifact.registries);
    expect(after.faults).toEqual(['npm-outage']);
  });

  it('a re-run resumes at the stage that failed', () => {
    const first = runRelease({ ...base, faults: ['deploy-role-no-token'] });
    expect(first.scenario.lastRun?.deploy?.status).toBe('failed');
    const second = runRelease({ ...first.scenario, faults: [] });
    expect(second.startAt).toBe('deploy');
    expect(second.stages.map((s) => s.id)).toEqual(['deploy']);
    expect(second.scenario.lastRun?.deploy?.status).toBe('passed');
  });
});
