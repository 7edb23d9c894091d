import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** Can a client in this subnet reach the service? A state per endpoint it needs. */
export const networkPathMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'networkPath',
    initial: 'checkingRoute',
    states: {
      checkingRoute: {
        description: 'Does the subnet have a route to the internet, or only VPC endpoints?',
        to: ['endpointPresent', 'endpointMissing', 'internetRoute'],
      },
      internetRoute: { takes: 'route.internet', to: ['reachable'] },
      endpointPresent: {
        takes: 'endpoint.present',
        to: ['endpointPresent', 'endpointMissing', 'reachable', 'blocked'],
      },
      endpointMissing: {
        takes: 'endpoint.missing',
        to: ['endpointPresent', 'endpointMissing', 'blocked'],
      },
      reachable: { takes: 'result.reachable', end: 'ok' },
      blocked: { takes: 'result.blocked', end: 'failed' },
    },
  }),
);
