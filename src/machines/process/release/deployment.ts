import { createStepsMachine } from '../stepsMachine';

/** An ECS deployment in a workload account: which image the task definition names, then the pull. */
export const deploymentMachine = createStepsMachine({
  id: 'deployment',
  initial: 'registeringTaskDefinition',
  take: [
    [{ kind: 'resolve', outcome: 'release' }, 'resolvedToRelease'],
    [{ kind: 'resolve', outcome: 'other' }, 'resolvedToOtherImage'],
    [{ kind: 'pull', outcome: 'ok' }, 'pullingLayers'],
    [{ kind: 'result', outcome: 'running' }, 'running'],
    [{ kind: 'result', outcome: 'failed' }, 'failed'],
  ],
  states: {
    registeringTaskDefinition: {
      description: 'ECS starts tasks from the image the task definition names.',
      to: ['resolvedToRelease', 'resolvedToOtherImage'],
    },
    resolvedToRelease: { to: ['pullingLayers'] },
    resolvedToOtherImage: { to: ['failed'] },
    pullingLayers: { to: ['running'] },
    running: { to: 'final' },
    failed: { to: 'final' },
  },
  ok: ['running'],
});
