import { createStepsMachine } from '../stepsMachine';
import { lazyMachine } from '../lazyMachine';

/**
 * AWS Signer in the release: a signing job for the Lambda package, or — at deployment — the
 * four checks Lambda makes against the function's code signing configuration.
 */
export const signingMachine = lazyMachine(() =>
  createStepsMachine({
    id: 'signing',
    initial: 'starting',
    states: {
      starting: {
        description: 'A signing job starts, or Lambda receives code to deploy.',
        to: ['signed', 'refused', 'unsigned', 'integrityCheck', 'deployed'],
      },
      integrityCheck: { takes: 'integrity', to: ['expiryCheck', 'blocked'] },
      expiryCheck: { takes: 'expiry', to: ['mismatchCheck'] },
      mismatchCheck: { takes: 'mismatch', to: ['revocationCheck'] },
      revocationCheck: {
        takes: 'revocation',
        to: ['deployed', 'deployedWithWarnings', 'blocked'],
      },
      signed: { takes: 'job.signed', end: 'ok' },
      unsigned: { takes: 'job.unsigned', end: 'ok' },
      deployed: { takes: 'deployment.deployed', end: 'ok' },
      deployedWithWarnings: { takes: 'deployment.deployed-with-warnings', end: 'ok' },
      refused: { takes: 'job.refused', end: 'failed' },
      blocked: { takes: 'deployment.blocked', end: 'failed' },
    },
  }),
);
