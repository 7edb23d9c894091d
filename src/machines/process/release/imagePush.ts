import { createStepsMachine } from '../stepsMachine';

/** docker push to the tooling registry: authenticate, layers, tags, then managed signing. */
export const imagePushMachine = createStepsMachine({
  id: 'imagePush',
  initial: 'authenticating',
  take: [
    [{ kind: 'layers' }, 'uploadingLayers'],
    [{ kind: 'tag', outcome: 'accepted' }, 'tagging'],
    [{ kind: 'tag', outcome: 'rejected' }, 'rejected'],
    [{ kind: 'managedSigning' }, 'managedSigning'],
    [{ kind: 'result', outcome: 'pushed' }, 'pushed'],
  ],
  states: {
    authenticating: {
      description: 'docker login with a token from ecr:GetAuthorizationToken.',
      to: ['uploadingLayers'],
    },
    uploadingLayers: { to: ['tagging', 'rejected'] },
    tagging: { to: ['tagging', 'rejected', 'managedSigning', 'pushed'] },
    managedSigning: { to: ['pushed'] },
  },
  ok: ['pushed'],
  failed: ['rejected'],
});
