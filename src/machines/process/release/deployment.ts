import { createStepsMachine } from '../stepsMachine';

/**
 * An ECS deployment in a workload account: which image the task definition names, the signature
 * check when the service has a verification step, then the pull.
 */
export const deploymentMachine = createStepsMachine({
  id: 'deployment',
  initial: 'registeringTaskDefinition',
  take: [
    [{ kind: 'resolve', outcome: 'release' }, 'resolvedToRelease'],
    [{ kind: 'resolve', outcome: 'other' }, 'resolvedToOtherImage'],
    [{ kind: 'verify', outcome: 'verified' }, 'signatureVerified'],
    [{ kind: 'verify', outcome: 'refused' }, 'signatureRefused'],
    [{ kind: 'pull', outcome: 'ok' }, 'pullingLayers'],
    [{ kind: 'result', outcome: 'running' }, 'running'],
    [{ kind: 'result', outcome: 'failed' }, 'failed'],
  ],
  states: {
    registeringTaskDefinition: {
      description: 'ECS starts tasks from the image the task definition names.',
      to: ['resolvedToRelease', 'resolvedToOtherImage'],
    },
    resolvedToRelease: { to: ['signatureVerified', 'signatureRefused', 'pullingLayers'] },
    signatureVerified: { to: ['pullingLayers'] },
    signatureRefused: {
      description: 'The verification step, not ECR, refuses an image it cannot trust.',
      to: ['failed'],
    },
    resolvedToOtherImage: { to: ['failed'] },
    pullingLayers: { to: ['running'] },
  },
  ok: ['running'],
  failed: ['failed'],
});
