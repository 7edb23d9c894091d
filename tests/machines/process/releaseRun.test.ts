// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DecidedStep, StagePlan } from '../../../src/domain/simulation';
import { recordRun } from '../../../src/machines/process/record';
import { releaseRunMachine } from '../../../src/machines/process/release/releaseRun';

const reach = (outcome: 'reachable' | 'blocked'): DecidedStep[] =>
  outcome === 'reachable'
    ? [
        { kind: 'route', outcome: 'internet', note: 'a NAT gateway' },
        { kind: 'result', outcome, note: outcome },
      ]
    : [
        { kind: 'endpoint', outcome: 'missing', note: 'no s3 endpoint' },
        { kind: 'result', outcome, note: outcome },
      ];
const stage = (id: string, ...outcomes: ('reachable' | 'blocked')[]): StagePlan => ({
  id,
  title: id,
  children: outcomes.map((o, i) => ({
    machine: 'networkPath',
    input: { label: `${id} ${i}`, steps: reach(o) },
  })),
  ok: outcomes.every((o) => o === 'reachable'),
  reason: '',
});

describe('releaseRun', () => {
  it('runs every stage’s processes in order and ends running', () => {
    const run = recordRun(releaseRunMachine(), {
      label: 'release 1.4.0',
      stages: [
        stage('install', 'reachable', 'reachable'),
        stage('build', 'reachable'),
        stage('deploy', 'reachable'),
      ],
    });
    const root = run.actors[0]!;
    expect(root.frames.map((f) => f.state[0])).toEqual([
      'starting',
      'installDependencies',
      'installDependencies',
      'build',
      'deploy',
      'running',
    ]);
    expect(run.actors.slice(1).map((a) => a.label)).toEqual([
      'install 0',
      'install 1',
      'build 0',
      'deploy 0',
    ]);
    expect(run.actors.slice(1).every((a) => a.parent === root.id)).toBe(true);
    expect(run.output).toEqual({ ok: true, reason: expect.stringContaining('Every stage passed') });
  });

  it('moves to failed with the reason of the process that failed, and starts nothing after it', () => {
    const run = recordRun(releaseRunMachine(), {
      label: 'release',
      stages: [stage('build', 'reachable', 'blocked', 'reachable'), stage('deploy', 'reachable')],
    });
    expect(run.actors[0]!.frames.map((f) => f.state[0]).at(-1)).toBe('failed');
    expect(run.actors).toHaveLength(3);
    expect(run.output).toEqual({ ok: false, reason: 'build failed: blocked' });
  });

  it('resumes at the stage it is given', () => {
    const run = recordRun(releaseRunMachine(), {
      label: 'rerun',
      stages: [stage('scan', 'reachable')],
    });
    expect(run.actors[0]!.frames.map((f) => f.state[0])).toEqual(['starting', 'scan', 'running']);
  });
});
