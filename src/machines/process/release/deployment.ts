import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/**
 * An ECS deployment in a workload account: which image the task definition names, the signature
 * check when the service has a verification step, then the pull.
 */
export const deploymentMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'deployment',
    initial: 'registeringTaskDefinition',
    states: {
      registeringTaskDefinition: {
        description: 'ECS starts tasks from the image the task definition names.',
        to: ['resolvedToRelease', 'resolvedToOtherImage'],
      },
      resolvedToRelease: {
        takes: 'resolve.release',
        to: ['signatureVerified', 'signatureRefused', 'pullingLayers'],
      },
      signatureVerified: { takes: 'verify.verified', to: ['pullingLayers'] },
      signatureRefused: {
        takes: 'verify.refused',
        description: 'The verification step, not ECR, refuses an image it cannot trust.',
        to: ['failed'],
      },
      resolvedToOtherImage: { takes: 'resolve.other', to: ['failed'] },
      pullingLayers: { takes: 'pull.ok', to: ['running'] },
      running: { takes: 'result.running', end: 'ok' },
      failed: { takes: 'result.failed', end: 'failed' },
    },
  }),
);
