import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** An EC2 Image Builder pipeline run: the schedule's decision, then build → test → distribute. */
export const imageBuildMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'imageBuild',
    initial: 'triggered',
    states: {
      triggered: {
        description: 'The pipeline is started by its schedule or by hand.',
        to: ['startConditionMet', 'skipped', 'building', 'failed'],
      },
      startConditionMet: { takes: 'schedule.build', to: ['building', 'failed'] },
      building: { takes: 'build.passed', to: ['failed', 'testing', 'testsSkipped'] },
      testing: { takes: 'test.passed', to: ['failed', 'distributing'] },
      testsSkipped: { takes: 'test.skipped', to: ['failed', 'distributing'] },
      distributing: { takes: 'distribute.passed', to: ['available'] },
      available: { takes: 'result.available', end: 'ok' },
      skipped: { takes: 'schedule.skip', end: 'ok' },
      failed: { takes: ['build.failed', 'test.failed', 'distribute.failed'], end: 'failed' },
    },
  }),
);
