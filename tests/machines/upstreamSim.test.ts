// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import scenario from '../../content/scenarios/upstream.json';
import { parseUpstreamScenario } from '../../src/domain/codeartifact/challenge';
import { upstreamSimMachine } from '../../src/machines/upstreamSim';

const start = parseUpstreamScenario(scenario);
const request = {
  type: 'action.apply',
  action: {
    type: 'package.request',
    repo: 'team-web',
    format: 'npm',
    name: 'lodash',
    version: '4.17.21',
  },
} as const;

function run() {
  const actor = createActor(upstreamSimMachine, { input: { scenario: start } });
  actor.start();
  return actor;
}

describe('upstreamSim machine', () => {
  it('applies an action as a new step with its trace', () => {
    const actor = run();
    actor.send(request);
    const { context } = actor.getSnapshot();
    expect(context.index).toBe(1);
    expect(context.steps[1]!.summary).toMatch(/→ 200 from public:npmjs/);
    expect(context.steps[1]!.scenario.lastRequest?.retainedIn).toEqual(['team-web', 'npm-store']);
    expect(context.steps[1]!.trace.length).toBeGreaterThan(2);
    expect(context.steps[0]!.scenario).toBe(start);
  });

  it('undoes, redoes, and drops the undone future on a new action', () => {
    const actor = run();
    actor.send(request);
    actor.send({ type: 'action.apply', action: { type: 'clock.advance', seconds: 3600 } });
    actor.send({ type: 'history.undo' });
    expect(actor.getSnapshot().context.index).toBe(1);
    actor.send({ type: 'history.redo' });
    expect(actor.getSnapshot().context.index).toBe(2);
    actor.send({ type: 'history.undo' });
    actor.send({ type: 'history.undo' });
    actor.send({ type: 'history.undo' });
    expect(actor.getSnapshot().context.index).toBe(0);
    actor.send({ type: 'action.apply', action: { type: 'token.issue' } });
    const { context } = actor.getSnapshot();
    expect(context.steps).toHaveLength(2);
    expect(context.actions).toEqual([{ type: 'token.issue' }]);
    actor.send({ type: 'history.redo' });
    expect(actor.getSnapshot().context.index).toBe(1);
  });

  it('moves along the history slider and resets to the start', () => {
    const actor = run();
    actor.send(request);
    actor.send(request);
    actor.send({ type: 'history.goto', index: 1 });
    expect(actor.getSnapshot().context.index).toBe(1);
    actor.send({ type: 'history.goto', index: 99 });
    expect(actor.getSnapshot().context.index).toBe(2);
    actor.send({ type: 'history.reset' });
    expect(actor.getSnapshot().context).toMatchObject({ index: 0, actions: [] });
    expect(actor.getSnapshot().context.steps).toHaveLength(1);
  });

  it('an expired token fails requests with 401 until a new one is fetched', () => {
    const actor = run();
    actor.send({ type: 'action.apply', action: { type: 'clock.advance', seconds: 12 * 3600 } });
    actor.send(request);
    expect(actor.getSnapshot().context.steps.at(-1)!.scenario.lastRequest?.status).toBe(401);
    actor.send({ type: 'action.apply', action: { type: 'token.issue', durationSeconds: 3600 } });
    actor.send(request);
    expect(actor.getSnapshot().context.steps.at(-1)!.scenario.lastRequest?.status).toBe(200);
  });
});
