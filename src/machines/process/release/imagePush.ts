import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** docker push to the tooling registry: authenticate, layers, tags, then managed signing. */
export const imagePushMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'imagePush',
    initial: 'authenticating',
    states: {
      authenticating: {
        description: 'docker login with a token from ecr:GetAuthorizationToken.',
        to: ['uploadingLayers'],
      },
      uploadingLayers: { takes: 'layers', to: ['tagging', 'rejected'] },
      tagging: { takes: 'tag.accepted', to: ['tagging', 'rejected', 'managedSigning', 'pushed'] },
      managedSigning: { takes: 'managedSigning', to: ['pushed'] },
      pushed: { takes: 'result.pushed', end: 'ok' },
      rejected: { takes: 'tag.rejected', end: 'failed' },
    },
  }),
);
