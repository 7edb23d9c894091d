import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import file from '../../content/challenges/upstream/intermediate-not-retained.json';
import { parseUpstreamChallenge } from '../../src/domain/codeartifact/challenge';
import { meetsUpstreamGoal } from '../../src/domain/codeartifact/goals';
import type { UpstreamGoal } from '../../src/domain/codeartifact/goals';
import type { UpstreamAction, UpstreamScenario } from '../../src/domain/codeartifact/scenario';
import { createChallengeMachine } from '../../src/machines/challenge';
import { upstreamSimMachine } from '../../src/machines/upstreamSim';

const challenge = parseUpstreamChallenge(file);
const [wire, pull] = challenge.solution as [UpstreamAction, UpstreamAction];

function play() {
  const records: { id: string; steps: number }[] = [];
  const simulator = createActor(upstreamSimMachine, {
    input: { scenario: challenge.start, summary: 'start' },
  }).start();
  const machine = createChallengeMachine<UpstreamScenario, UpstreamGoal, UpstreamAction>(
    meetsUpstreamGoal,
  ).provide({
    actions: { record: (_, params) => void records.push(params) },
  });
  const actor = createActor(machine, { input: { challenge, simulator } }).start();
  const apply = (action: UpstreamAction) => simulator.send({ type: 'action.apply', action });
  return { simulator, actor, records, apply };
}

describe('challenge machine', () => {
  it('checks the goal after every step and records the solve with its step count', () => {
    const { actor, records, apply } = play();
    expect(actor.getSnapshot().value).toBe('working');
    apply(wire);
    expect(actor.getSnapshot().value).toBe('working');
    expect(actor.getSnapshot().context.steps).toBe(1);
    apply(pull);
    expect(actor.getSnapshot().value).toBe('solved');
    expect(actor.getSnapshot().context.steps).toBe(2);
    expect(records).toEqual([{ id: challenge.id, steps: 2 }]);
  });

  it('follows time travel: undo unsolves, redo solves again and offers the count again', () => {
    const { simulator, actor, records, apply } = play();
    apply(wire);
    apply(pull);
    simulator.send({ type: 'history.undo' });
    expect(actor.getSnapshot().value).toBe('working');
    expect(actor.getSnapshot().context.steps).toBe(1);
    simulator.send({ type: 'history.redo' });
    expect(actor.getSnapshot().value).toBe('solved');
    expect(records).toHaveLength(2);
  });

  it('never records the start, even when it already meets the goal', () => {
    const { simulator, actor, records, apply } = play();
    apply(wire);
    apply(pull);
    const solvedScenario = simulator.getSnapshot().context.steps[2]!.scenario;
    simulator.send({ type: 'scenario.load', scenario: solvedScenario, summary: 'loaded' });
    expect(actor.getSnapshot().value).toBe('solved');
    expect(actor.getSnapshot().context.steps).toBe(0);
    expect(records).toHaveLength(1);
  });

  it('plays the solution from the start into the simulator, and never records that run', () => {
    const { simulator, actor, records, apply } = play();
    apply(wire);
    actor.send({ type: 'solution.play' });
    const { context } = simulator.getSnapshot();
    expect(context.steps.map((s) => s.summary)[0]).toBe(`Challenge start: ${challenge.title}`);
    expect(context.actions).toEqual(challenge.solution);
    expect(actor.getSnapshot().value).toBe('solved');
    expect(actor.getSnapshot().context.watched).toBe(true);
    expect(records).toEqual([]);
  });

  it('reveals hints one at a time up to the last, and toggles the solution', () => {
    const { actor } = play();
    for (let i = 0; i < challenge.hints.length + 2; i++) actor.send({ type: 'hint.reveal' });
    expect(actor.getSnapshot().context.hintsShown).toBe(challenge.hints.length);
    actor.send({ type: 'solution.toggle' });
    expect(actor.getSnapshot().context.solutionShown).toBe(true);
    actor.send({ type: 'solution.toggle' });
    expect(actor.getSnapshot().context.solutionShown).toBe(false);
  });

  it('stops watching the simulator when stopped', () => {
    const { simulator, actor, apply } = play();
    actor.stop();
    apply(wire);
    expect(simulator.getSnapshot().context.index).toBe(1);
    expect(actor.getSnapshot().context.steps).toBe(0);
  });
});
