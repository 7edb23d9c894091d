import { createStepsMachine } from '../stepsMachine';

/**
 * AWS Signer in the release: a signing job for the Lambda package, or — at deployment — the
 * four checks Lambda makes against the function's code signing configuration.
 */
export const signingMachine = createStepsMachine({
  id: 'signing',
  initial: 'starting',
  take: [
    [{ kind: 'job', outcome: 'signed' }, 'signed'],
    [{ kind: 'job', outcome: 'refused' }, 'refused'],
    [{ kind: 'job', outcome: 'unsigned' }, 'unsigned'],
    [{ kind: 'integrity' }, 'integrityCheck'],
    [{ kind: 'expiry' }, 'expiryCheck'],
    [{ kind: 'mismatch' }, 'mismatchCheck'],
    [{ kind: 'revocation' }, 'revocationCheck'],
    [{ kind: 'deployment', outcome: 'deployed' }, 'deployed'],
    [{ kind: 'deployment', outcome: 'deployed-with-warnings' }, 'deployedWithWarnings'],
    [{ kind: 'deployment', outcome: 'blocked' }, 'blocked'],
  ],
  states: {
    starting: {
      description: 'A signing job starts, or Lambda receives code to deploy.',
      to: ['signed', 'refused', 'unsigned', 'integrityCheck', 'deployed'],
    },
    integrityCheck: { to: ['expiryCheck', 'blocked'] },
    expiryCheck: { to: ['mismatchCheck'] },
    mismatchCheck: { to: ['revocationCheck'] },
    revocationCheck: { to: ['deployed', 'deployedWithWarnings', 'blocked'] },
  },
  ok: ['signed', 'unsigned', 'deployed', 'deployedWithWarnings'],
  failed: ['refused', 'blocked'],
});
