// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import defaultJson from '../../content/scenarios/architecture.json';
import { parseArchitectureScenario } from '../../src/domain/architecture/schema';
import type { ArchitectureAction } from '../../src/domain/architecture/simulation';
import { architectureSimMachine } from '../../src/machines/architectureSim';

const start = () => {
  const actor = createActor(architectureSimMachine, {
    input: { scenario: parseArchitectureScenario(defaultJson) },
  }).start();
  const apply = (action: ArchitectureAction) => {
    actor.send({ type: 'action.apply', action });
    const { steps, index } = actor.getSnapshot().context;
    return steps[index]!;
  };
  return { actor, apply };
};

describe('architecture simulator machine', () => {
  it('plays a release as a releaseRun actor with one child actor per process, ending running', () => {
    const { apply } = start();
    const step = apply({ type: 'release.run' });
    const root = step.run?.find((a) => a.parent === null);
    expect(root?.machine).toBe('releaseRun');
    expect(root?.frames.at(-1)?.state).toEqual(['running']);
    const children = step.run?.filter((a) => a.parent === root?.id).map((a) => a.machine);
    expect(children).toEqual(
      expect.arrayContaining(['packageRequest', 'codeBuild', 'signing', 'imagePush', 'scan']),
    );
  });

  it('a revoked profile fails only the new deployment: the published version stays', () => {
    const { apply } = start();
    apply({ type: 'setting.change', setting: 'workload.codeSigning', value: 'Enforce' });
    apply({ type: 'fault.set', fault: 'ecs-no-s3-endpoint', on: true });
    const first = apply({ type: 'release.run' });
    expect(first.scenario.lastRun?.sign?.status).toBe('passed');
    expect(first.scenario.lastRun?.deploy?.status).toBe('failed');
    apply({ type: 'signer.profile.revoke', profile: 'release_signer' });
    apply({ type: 'fault.set', fault: 'ecs-no-s3-endpoint', on: false });
    const retry = apply({ type: 'release.run' });
    expect(retry.scenario.lastRun?.deploy?.status).toBe('failed');
    expect(retry.scenario.lastRun?.deploy?.reason).toMatch(
      /CodeVerificationFailed.*revocation check failed/,
    );
    // version 3, published and signed before the revocation, is still the function's latest
    expect(retry.scenario.workloads[0]!.lambda.versions.map((v) => v.version)).toEqual([3]);
    const lambda = retry.run?.find((a) => a.machine === 'signing' && /Lambda/.test(a.label));
    expect(lambda?.frames.flatMap((f) => f.state)).toEqual(
      expect.arrayContaining(['revocationCheck', 'blocked']),
    );
  });

  it('undo after a run brings back the scenario before it, processes and all', () => {
    const { actor, apply } = start();
    apply({ type: 'fault.set', fault: 'not-privileged', on: true });
    apply({ type: 'release.run' });
    actor.send({ type: 'history.undo' });
    const { steps, index } = actor.getSnapshot().context;
    expect(steps[index]!.scenario.lastRun).toBeNull();
    expect(steps[index + 1]!.run?.[0]?.frames.at(-1)?.state).toEqual(['failed']);
  });
});
