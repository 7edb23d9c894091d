// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import scenario from '../../content/scenarios/access.json';
import { parseAccessScenario } from '../../src/domain/access/challenge';
import {
  getSlot,
  resourceArns,
  type AccessAction,
  type AccessScenario,
} from '../../src/domain/access/scenario';
import { runAccess } from '../../src/domain/access/run';
import {
  accessSimMachine,
  accessSimMachineOffThread,
  applyAccessStep,
  isLongAccessAction,
} from '../../src/machines/accessSim';

const start = parseAccessScenario(scenario);
const repo = resourceArns(start).ecrRepository;
const pull = {
  type: 'action.apply',
  action: { type: 'journey.run', journey: 'ecr-pull' },
} as const;
const fix = {
  type: 'action.apply',
  action: {
    type: 'policy.edit',
    policyId: 'identity:build',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        {
          Effect: 'Allow',
          Action: [
            'ecr:BatchGetImage',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchCheckLayerAvailability',
          ],
          Resource: repo,
        },
      ],
    },
  },
} as const;

function run() {
  const actor = createActor(accessSimMachine, { input: { scenario: start } });
  actor.start();
  return actor;
}

const decisionAt = (actor: ReturnType<typeof run>, index: number) =>
  actor.getSnapshot().context.steps[index]!.outcome?.result?.decision ?? null;

describe('accessSim machine', () => {
  it('applies a run as a new step with its trace, leaving the start untouched', () => {
    const actor = run();
    actor.send(pull);
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().value).toBe('ready');
    expect(context.index).toBe(1);
    expect(context.steps[1]!.summary).toMatch(/→ ImplicitDeny$/);
    expect(context.steps[1]!.trace).toHaveLength(4);
    expect(context.steps[0]!.scenario).toBe(start);
    expect(context.steps[0]!.scenario.run).toBeNull();
  });

  it('fixes the pull, undoes the fix, redoes it', () => {
    const actor = run();
    actor.send(pull);
    actor.send(fix);
    expect(actor.getSnapshot().context.index).toBe(2);
    expect(decisionAt(actor, 2)).toBe('Allow');
    expect(actor.getSnapshot().context.steps[2]!.summary).toBe(
      'Edited identity policy of build → Allow',
    );

    actor.send({ type: 'history.undo' });
    const undone = actor.getSnapshot().context;
    expect(undone.index).toBe(1);
    expect(getSlot(undone.steps[undone.index]!.scenario, 'identity:build')!.text).toBe(
      getSlot(start, 'identity:build')!.text,
    );
    expect(decisionAt(actor, undone.index)).toBe('ImplicitDeny');

    actor.send({ type: 'history.redo' });
    expect(actor.getSnapshot().context.index).toBe(2);
    actor.send({ type: 'history.redo' }); // nothing to redo: guarded
    expect(actor.getSnapshot().context.index).toBe(2);
  });

  it('a new action after an undo drops the undone future', () => {
    const actor = run();
    actor.send(pull);
    actor.send(fix);
    actor.send({ type: 'history.undo' });
    actor.send({
      type: 'action.apply',
      action: { type: 'statement.toggle', policyId: 'ecr-repository', index: 0 },
    });
    const { context } = actor.getSnapshot();
    expect(context.steps).toHaveLength(3);
    expect(context.actions.map((a) => a.type)).toEqual(['journey.run', 'statement.toggle']);
    expect(getSlot(context.steps[2]!.scenario, 'ecr-repository')!.disabled).toEqual([0]);
    actor.send({ type: 'history.redo' });
    expect(actor.getSnapshot().context.index).toBe(2);
  });

  it('goes to any step, resets, and loads a scenario as a new start', () => {
    const actor = run();
    actor.send(pull);
    actor.send(fix);
    actor.send({ type: 'history.goto', index: 0 });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'history.goto', index: 42 });
    expect(actor.getSnapshot().context.index).toBe(2);
    actor.send({ type: 'history.reset' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, actions: [] });
    const loaded = actor.getSnapshot().context.steps.length;
    expect(loaded).toBe(1);
    actor.send({ type: 'history.undo' }); // nothing to undo: guarded
    expect(actor.getSnapshot().context.index).toBe(0);
    const other = {
      ...start,
      run: { kind: 'journey' as const, journey: 's3-read' as const, principal: 'build' },
    };
    actor.send({ type: 'scenario.load', scenario: other, summary: 'Loaded' });
    expect(actor.getSnapshot().context.steps[0]).toEqual({
      scenario: other,
      summary: 'Loaded',
      trace: [],
      outcome: {
        result: runAccess(other, other.run),
        suggestions: expect.any(Array),
      },
    });
  });

  it("keeps each step's run result and suggestions, decided once by the domain", () => {
    const actor = run();
    expect(actor.getSnapshot().context.steps[0]!.outcome).toEqual({
      result: null,
      suggestions: [],
    });
    actor.send(pull);
    actor.send(fix);
    const [, denied, allowed] = actor.getSnapshot().context.steps;
    expect(denied!.outcome!.result).toEqual(runAccess(denied!.scenario, denied!.scenario.run!));
    expect(denied!.outcome!.suggestions.flatMap((p) => p.suggestions).length).toBeGreaterThan(0);
    expect(allowed!.outcome!.result?.decision).toBe('Allow');
    expect(allowed!.outcome!.suggestions).toEqual([]);
    // time travel shows what was stored: the same objects, nothing evaluated again
    actor.send({ type: 'history.undo' });
    const back = actor.getSnapshot().context;
    expect(back.steps[back.index]!.outcome).toBe(denied!.outcome);
  });

  it("a refused action keeps the run's outcome", () => {
    const actor = run();
    actor.send(pull);
    actor.send({
      type: 'action.apply',
      action: { type: 'statement.toggle', policyId: 'ecr-repository', index: 99 },
    });
    const { steps } = actor.getSnapshot().context;
    expect(steps[2]!.summary).toMatch(/no statement 99/);
    expect(steps[2]!.outcome).toEqual(steps[1]!.outcome);
  });

  describe('off the main thread', () => {
    /** An applyLong whose results are released by the test, as a worker's would arrive. */
    function heldEngine() {
      const waiting: (() => void)[] = [];
      const logic = fromPromise(
        ({ input }: { input: { scenario: AccessScenario; action: AccessAction } }) =>
          new Promise<ReturnType<typeof applyAccessStep>>((resolve) =>
            // a worker's answer is a structured clone of what it computed
            waiting.push(() =>
              resolve(structuredClone(applyAccessStep(input.scenario, input.action))),
            ),
          ),
      );
      return { logic, release: () => waiting.shift()?.() };
    }

    it('calls runs and added statements long; switches and choices not', () => {
      expect(isLongAccessAction(pull.action)).toBe(true);
      expect(
        isLongAccessAction({
          type: 'request.run',
          principal: 'build',
          action: 's3:GetObject',
          resource: '*',
        }),
      ).toBe(true);
      expect(
        isLongAccessAction({
          type: 'statement.add',
          policyId: 'identity:build',
          statement: { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
        }),
      ).toBe(true);
      expect(
        isLongAccessAction({ type: 'statement.toggle', policyId: 'ecr-repository', index: 0 }),
      ).toBe(false);
      expect(isLongAccessAction({ type: 'key.manager.set', managedBy: 'AWS' })).toBe(false);
      expect(isLongAccessAction(fix.action)).toBe(false);
    });

    it('a step survives the trip from the worker: its structured clone is equal', () => {
      const step = applyAccessStep(start, pull.action);
      expect(step.run?.length).toBeGreaterThan(0);
      expect(structuredClone(step)).toEqual(step);
    });

    it('decides a run in the applying state, then what was sent meanwhile, as the main thread would', async () => {
      const engine = heldEngine();
      const actor = createActor(accessSimMachineOffThread(engine.logic), {
        input: { scenario: start },
      });
      actor.start();
      const toggle = {
        type: 'action.apply',
        action: { type: 'statement.toggle', policyId: 'ecr-repository', index: 0 },
      } as const;
      actor.send(pull);
      actor.send(toggle);
      expect(actor.getSnapshot().matches('applying')).toBe(true);
      expect(actor.getSnapshot().context.index).toBe(0);
      actor.send({ type: 'history.reset' }); // ignored while the engine works
      engine.release();
      // the switch is not long: applied here as soon as the run is in
      await waitFor(actor, (s) => s.matches('ready'));
      expect(actor.getSnapshot().context.index).toBe(2);

      const here = run();
      here.send(pull);
      here.send(toggle);
      expect(actor.getSnapshot().context.steps).toEqual(here.getSnapshot().context.steps);
      expect(actor.getSnapshot().context.queue).toEqual([]);
    });
  });
});
