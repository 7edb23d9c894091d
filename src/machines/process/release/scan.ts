import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** What a push sets going in scanning, and whether anyone hears about the findings. */
export const scanMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'scan',
    initial: 'pushed',
    states: {
      pushed: {
        description:
          'The image is pushed; the registry’s scanning configuration decides what follows.',
        to: ['scanning', 'notScanned'],
      },
      scanning: { takes: 'setting.scan', to: ['findingsPublished'] },
      findingsPublished: { takes: 'findings', to: ['routed', 'unheard'] },
      // a scan never blocks a pull or a deployment by itself (image-scanning)
      notScanned: { takes: 'setting.none', end: 'ok' },
      routed: { takes: 'route.routed', end: 'ok' },
      unheard: { takes: 'route.unrouted', end: 'ok' },
    },
  }),
);
