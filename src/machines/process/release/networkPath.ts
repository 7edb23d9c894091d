import { createStepsMachine } from '../stepsMachine';

/** Can a client in this subnet reach the service? A state per endpoint it needs. */
export const networkPathMachine = createStepsMachine({
  id: 'networkPath',
  initial: 'checkingRoute',
  take: [
    [{ kind: 'endpoint', outcome: 'present' }, 'endpointPresent'],
    [{ kind: 'endpoint', outcome: 'missing' }, 'endpointMissing'],
    [{ kind: 'route', outcome: 'internet' }, 'internetRoute'],
    [{ kind: 'result', outcome: 'reachable' }, 'reachable'],
    [{ kind: 'result', outcome: 'blocked' }, 'blocked'],
  ],
  states: {
    checkingRoute: {
      description: 'Does the subnet have a route to the internet, or only VPC endpoints?',
      to: ['endpointPresent', 'endpointMissing', 'internetRoute'],
    },
    internetRoute: { to: ['reachable'] },
    endpointPresent: { to: ['endpointPresent', 'endpointMissing', 'reachable', 'blocked'] },
    endpointMissing: { to: ['endpointPresent', 'endpointMissing', 'blocked'] },
  },
  ok: ['reachable'],
  failed: ['blocked'],
});
