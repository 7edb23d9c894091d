import { createStepsMachine } from '../stepsMachine';

/** An EC2 Image Builder pipeline run: the schedule's decision, then build → test → distribute. */
export const imageBuildMachine = createStepsMachine({
  id: 'imageBuild',
  initial: 'triggered',
  take: [
    [{ kind: 'schedule', outcome: 'build' }, 'startConditionMet'],
    [{ kind: 'schedule', outcome: 'skip' }, 'skipped'],
    [{ kind: 'build', outcome: 'passed' }, 'building'],
    [{ kind: 'build', outcome: 'failed' }, 'failed'],
    [{ kind: 'test', outcome: 'passed' }, 'testing'],
    [{ kind: 'test', outcome: 'skipped' }, 'testsSkipped'],
    [{ kind: 'test', outcome: 'failed' }, 'failed'],
    [{ kind: 'distribute', outcome: 'passed' }, 'distributing'],
    [{ kind: 'distribute', outcome: 'failed' }, 'failed'],
    [{ kind: 'result', outcome: 'available' }, 'available'],
  ],
  states: {
    triggered: {
      description: 'The pipeline is started by its schedule or by hand.',
      to: ['startConditionMet', 'skipped', 'building', 'failed'],
    },
    startConditionMet: { to: ['building', 'failed'] },
    building: { to: ['testing', 'testsSkipped', 'failed'] },
    testing: { to: ['distributing', 'failed'] },
    testsSkipped: { to: ['distributing', 'failed'] },
    distributing: { to: ['available'] },
  },
  ok: ['available', 'skipped'],
  failed: ['failed'],
});
