import { describe, expect, it } from 'vitest';
import defaultJson from '../../../content/scenarios/architecture.json';
import { meetsArchitectureGoal } from '../../../src/domain/architecture/goals';
import { parseArchitectureScenario } from '../../../src/domain/architecture/schema';
import { SETTINGS, findSetting } from '../../../src/domain/architecture/settings';
import {
  applyArchitectureAction,
  type ArchitectureAction,
} from '../../../src/domain/architecture/simulation';
import type { ArchitectureScenario } from '../../../src/domain/architecture/types';

const base = parseArchitectureScenario(defaultJson);
const play = (s: ArchitectureScenario, ...actions: ArchitectureAction[]) =>
  actions.reduce((acc, a) => applyArchitectureAction(acc, a).scenario, s);
const run: ArchitectureAction = { type: 'release.run' };

describe('architecture reducer', () => {
  it('runs the default release green and plays it as one releaseRun process', () => {
    const step = applyArchitectureAction(base, run);
    expect(step.summary).toBe('Release 1.4.0: every stage passed');
    expect(step.processes?.map((p) => p.machine)).toEqual(['releaseRun']);
    expect(meetsArchitectureGoal(step.scenario, { released: true })).toBe(true);
    expect(meetsArchitectureGoal(step.scenario, { runningRelease: true })).toBe(true);
    expect(
      meetsArchitectureGoal(step.scenario, { lambdaSigned: { profile: 'release_signer' } }),
    ).toBe(true);
  });

  it('a fault fails its stage with the documented reason; switched off, the re-run resumes there', () => {
    const failed = play(
      base,
      { type: 'fault.set', fault: 'deploy-role-no-batchgetimage', on: true },
      run,
    );
    expect(failed.lastRun?.deploy?.status).toBe('failed');
    expect(failed.lastRun?.deploy?.reason).toMatch(/BatchGetImage/);
    const step = applyArchitectureAction(
      play(failed, { type: 'fault.set', fault: 'deploy-role-no-batchgetimage', on: false }),
      run,
    );
    expect(step.trace[0]).toMatch(/Resumed at deploy/);
    expect(meetsArchitectureGoal(step.scenario, { released: true })).toBe(true);
  });

  it('every setting reads back what it was set to', () => {
    for (const setting of SETTINGS) {
      const value = setting.get(base);
      const after = applyArchitectureAction(base, {
        type: 'setting.change',
        setting: setting.id,
        value,
      }).scenario;
      expect(setting.get(after), setting.id).toEqual(value);
    }
  });

  it('a value a setting does not accept changes nothing and says where', () => {
    const step = applyArchitectureAction(base, {
      type: 'setting.change',
      setting: 'build.privilegedMode',
      value: 'yes',
    });
    expect(step.scenario).toBe(base);
    expect(step.summary).toMatch(/^Not applied: value: must be true or false/);
  });

  it('without privileged mode the build fails; switching it back on fixes the run', () => {
    const off = play(
      base,
      { type: 'setting.change', setting: 'build.privilegedMode', value: false },
      run,
    );
    expect(off.lastRun?.build?.status).toBe('failed');
    const on = play(
      off,
      { type: 'setting.change', setting: 'build.privilegedMode', value: true },
      run,
    );
    expect(meetsArchitectureGoal(on, { released: true })).toBe(true);
  });

  it('ECS verification refuses an unsigned image; ECR managed signing makes it deployable', () => {
    const verify = play(
      base,
      { type: 'setting.change', setting: 'workload.verifySignatures', value: true },
      run,
    );
    expect(verify.lastRun?.deploy?.status).toBe('failed');
    expect(verify.lastRun?.deploy?.reason).toMatch(/verification step refused/);
    const signed = play(
      verify,
      { type: 'setting.change', setting: 'ecr.managedSigning', value: true },
      run,
    );
    // the push stage passed before, so the run resumes at deploy: the image pushed then is unsigned
    expect(signed.lastRun?.deploy?.status).toBe('failed');
    // run from the start: the push is signed this time
    expect(
      meetsArchitectureGoal(play(signed, { type: 'release.run', fromStart: true }), {
        released: true,
      }),
    ).toBe(true);
    const fresh = play(
      base,
      { type: 'setting.change', setting: 'ecr.managedSigning', value: true },
      { type: 'setting.change', setting: 'workload.verifySignatures', value: true },
      run,
    );
    expect(meetsArchitectureGoal(fresh, { released: true })).toBe(true);
  });

  it('a task definition on :latest does not run the release; the imageDetail.json placeholder does', () => {
    const latest = play(
      base,
      { type: 'setting.change', setting: 'workload.ecsImage', value: 'latest' },
      run,
    );
    expect(latest.lastRun?.deploy?.status).toBe('failed');
    const digest = play(
      latest,
      { type: 'setting.change', setting: 'workload.ecsImage', value: 'digest' },
      run,
    );
    expect(meetsArchitectureGoal(digest, { runningRelease: true })).toBe(true);
  });

  it('a short token fetch meets a short-validity goal', () => {
    const s = play(base, { type: 'token.fetch', durationSeconds: 900 });
    expect(meetsArchitectureGoal(s, { tokenValidForAtMost: 3600 })).toBe(true);
    expect(meetsArchitectureGoal(base, { tokenValidForAtMost: 3600 })).toBe(false);
  });

  it('the scheduled pipeline builds on every tick only with EXPRESSION_MATCH_ONLY', () => {
    const before = base.tooling.imageBuilder.builds.length;
    const idle = play(base, { type: 'clock.advance', days: 14 });
    const eager = play(
      base,
      {
        type: 'setting.change',
        setting: 'pipeline.startCondition',
        value: 'EXPRESSION_MATCH_ONLY',
      },
      { type: 'clock.advance', days: 14 },
    );
    expect(eager.tooling.imageBuilder.builds.length).toBeGreaterThan(
      idle.tooling.imageBuilder.builds.length,
    );
    expect(eager.tooling.imageBuilder.builds.length).toBeGreaterThan(before);
    expect(eager.now > base.now).toBe(true);
  });

  it('findSetting knows every id the goals can name', () => {
    for (const s of SETTINGS) expect(findSetting(s.id)).toBe(s);
  });
});
