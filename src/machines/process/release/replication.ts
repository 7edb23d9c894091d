import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/** Registry replication of one push: a pass per destination the rules select. */
export const replicationMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'replication',
    initial: 'matchingRules',
    states: {
      matchingRules: {
        description: 'The replication rules’ filters decide which destinations get this push.',
        to: ['destination', 'nothingToReplicate'],
      },
      destination: { takes: 'destination', to: ['permitted', 'refused', 'preparingRepository'] },
      permitted: { takes: 'permission.allowed', to: ['preparingRepository'] },
      preparingRepository: { takes: 'repository', to: ['copied', 'copyFailed'] },
      refused: { takes: 'permission.denied', to: ['destination', 'failed'] },
      copied: { takes: 'copy.complete', to: ['destination', 'replicated', 'failed'] },
      copyFailed: { takes: 'copy.failed', to: ['destination', 'failed'] },
      replicated: { takes: 'result.complete', end: 'ok' },
      nothingToReplicate: { takes: 'result.none', end: 'ok' },
      failed: { takes: 'result.failed', end: 'failed' },
    },
  }),
);
