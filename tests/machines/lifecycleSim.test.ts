// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import scenario from '../../content/scenarios/lifecycle.json';
import { parseLifecycleScenario } from '../../src/domain/lifecycle/challenge';
import { applyLifecycleAction } from '../../src/domain/lifecycle/simulation';
import type { LifecycleAction, LifecycleScenario } from '../../src/domain/lifecycle/scenario';
import {
  isLongLifecycleAction,
  lifecycleSimMachine,
  lifecycleSimMachineOffThread,
} from '../../src/machines/lifecycleSim';

const start = parseLifecycleScenario(scenario);
const advance = { type: 'action.apply', action: { type: 'ecr.clock.advance', days: 30 } } as const;

function run() {
  const actor = createActor(lifecycleSimMachine, { input: { scenario: start } });
  actor.start();
  return actor;
}

const digests = (actor: ReturnType<typeof run>) =>
  actor
    .getSnapshot()
    .context.steps[actor.getSnapshot().context.index]!.scenario.ecr.images.map((i) => i.digest);

describe('lifecycleSim machine', () => {
  it('applies the time machine as a new step with its trace, leaving the start untouched', () => {
    const actor = run();
    actor.send(advance);
    const { context } = actor.getSnapshot();
    expect(context.index).toBe(1);
    expect(context.steps[1]!.summary).toMatch(
      /^\+30 days → 2026-03-31: \d+ expired \(rule 1: \d+, rule 2: \d+\)$/,
    );
    expect(context.steps[1]!.scenario.ecr.images.length).toBeLessThan(start.ecr.images.length);
    expect(context.steps[1]!.scenario.ecr.timeline.length).toBeGreaterThan(0);
    expect(context.steps[1]!.trace.some((line) => line.includes('expired by rule'))).toBe(true);
    expect(context.steps[0]!.scenario).toBe(start);
  });

  it('undo brings the expired images back, redo expires them again', () => {
    const actor = run();
    const before = digests(actor);
    actor.send(advance);
    const after = digests(actor);
    expect(after.length).toBeLessThan(before.length);
    actor.send({ type: 'history.undo' });
    expect(actor.getSnapshot().context.index).toBe(0);
    expect(digests(actor)).toEqual(before);
    actor.send({ type: 'history.redo' });
    expect(digests(actor)).toEqual(after);
  });

  it('keeps an invalid policy edit as a step, and a new action after undo drops the undone future', () => {
    const actor = run();
    actor.send({ type: 'action.apply', action: { type: 'ecr.policy.edit', text: '{"rules": [' } });
    expect(actor.getSnapshot().context.steps[1]!.scenario.ecr.policyText).toBe('{"rules": [');
    actor.send(advance);
    expect(actor.getSnapshot().context.steps[2]!.scenario.ecr.images).toHaveLength(
      start.ecr.images.length,
    );
    actor.send({ type: 'history.undo' });
    actor.send({ type: 'history.undo' });
    actor.send({ type: 'action.apply', action: { type: 's3.clock.advance', days: 7 } });
    const { context } = actor.getSnapshot();
    expect(context.steps).toHaveLength(2);
    expect(context.actions).toEqual([{ type: 's3.clock.advance', days: 7 }]);
    expect(context.steps[1]!.scenario.s3.now).toBe('2026-03-08T00:00:00Z');
    actor.send({ type: 'history.redo' });
    expect(actor.getSnapshot().context.index).toBe(1);
  });

  it('moves along the history and resets to the start', () => {
    const actor = run();
    actor.send(advance);
    actor.send(advance);
    actor.send({ type: 'history.goto', index: 1 });
    expect(actor.getSnapshot().context.steps[1]!.scenario.ecr.now).toBe('2026-03-31T00:00:00Z');
    actor.send({ type: 'history.reset' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, actions: [] });
    expect(actor.getSnapshot().context.steps).toHaveLength(1);
  });

  describe('off the main thread', () => {
    /** An applyLong whose results are released by the test, as a worker's would arrive. */
    function heldEngine() {
      const waiting: (() => void)[] = [];
      const logic = fromPromise(
        ({ input }: { input: { scenario: LifecycleScenario; action: LifecycleAction } }) =>
          new Promise<ReturnType<typeof applyLifecycleAction>>((resolve) =>
            waiting.push(() => resolve(applyLifecycleAction(input.scenario, input.action))),
          ),
      );
      return { logic, release: () => waiting.shift()?.() };
    }

    it('calls clock moves and generated histories long, single edits not', () => {
      expect(isLongLifecycleAction({ type: 'ecr.clock.advance', days: 1 })).toBe(true);
      expect(isLongLifecycleAction({ type: 's3.clock.advance', days: 365 })).toBe(true);
      expect(
        isLongLifecycleAction({
          type: 'ecr.images.generate',
          days: 9,
          everyDays: 1,
          tags: ['dev-'],
          sizeBytes: 1,
        }),
      ).toBe(true);
      expect(isLongLifecycleAction({ type: 'ecr.image.remove', digest: 'sha256:x' })).toBe(false);
    });

    it('applies a long action in the applying state; actions sent meanwhile wait their turn', async () => {
      const engine = heldEngine();
      const actor = createActor(lifecycleSimMachineOffThread(engine.logic), {
        input: { scenario: start },
      });
      actor.start();
      actor.send(advance);
      actor.send(advance);
      expect(actor.getSnapshot().matches('applying')).toBe(true);
      expect(actor.getSnapshot().context.index).toBe(0);
      actor.send({ type: 'history.reset' }); // ignored while the engine works
      engine.release();
      await waitFor(actor, (s) => s.context.index === 1);
      expect(actor.getSnapshot().matches('applying')).toBe(true);
      engine.release();
      await waitFor(actor, (s) => s.matches('ready'));

      const here = run();
      here.send(advance);
      here.send(advance);
      expect(actor.getSnapshot().context.steps.map((s) => s.summary)).toEqual(
        here.getSnapshot().context.steps.map((s) => s.summary),
      );
      expect(actor.getSnapshot().context.queue).toEqual([]);
    });
  });
});
