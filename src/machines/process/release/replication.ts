import { createStepsMachine } from '../stepsMachine';

/** Registry replication of one push: a pass per destination the rules select. */
export const replicationMachine = createStepsMachine({
  id: 'replication',
  initial: 'matchingRules',
  take: [
    [{ kind: 'destination' }, 'destination'],
    [{ kind: 'permission', outcome: 'allowed' }, 'permitted'],
    [{ kind: 'permission', outcome: 'denied' }, 'refused'],
    [{ kind: 'repository' }, 'preparingRepository'],
    [{ kind: 'copy', outcome: 'complete' }, 'copied'],
    [{ kind: 'copy', outcome: 'failed' }, 'copyFailed'],
    [{ kind: 'result', outcome: 'complete' }, 'replicated'],
    [{ kind: 'result', outcome: 'none' }, 'nothingToReplicate'],
    [{ kind: 'result', outcome: 'failed' }, 'failed'],
  ],
  states: {
    matchingRules: {
      description: 'The replication rules’ filters decide which destinations get this push.',
      to: ['destination', 'nothingToReplicate'],
    },
    destination: { to: ['permitted', 'refused', 'preparingRepository'] },
    permitted: { to: ['preparingRepository'] },
    preparingRepository: { to: ['copied', 'copyFailed'] },
    refused: { to: ['destination', 'failed'] },
    copied: { to: ['destination', 'replicated', 'failed'] },
    copyFailed: { to: ['destination', 'failed'] },
  },
  ok: ['replicated', 'nothingToReplicate'],
  failed: ['failed'],
});
