import { createStepsMachine } from '../stepsMachine';

/** What a push sets going in scanning, and whether anyone hears about the findings. */
export const scanMachine = createStepsMachine({
  id: 'scan',
  initial: 'pushed',
  take: [
    [{ kind: 'setting', outcome: 'scan' }, 'scanning'],
    [{ kind: 'setting', outcome: 'none' }, 'notScanned'],
    [{ kind: 'findings' }, 'findingsPublished'],
    [{ kind: 'route', outcome: 'routed' }, 'routed'],
    [{ kind: 'route', outcome: 'unrouted' }, 'unheard'],
  ],
  states: {
    pushed: {
      description:
        'The image is pushed; the registry’s scanning configuration decides what follows.',
      to: ['scanning', 'notScanned'],
    },
    scanning: { to: ['findingsPublished'] },
    findingsPublished: { to: ['routed', 'unheard'] },
  },
  // a scan never blocks a pull or a deployment by itself (image-scanning)
  ok: ['notScanned', 'routed', 'unheard'],
  failed: [],
});
