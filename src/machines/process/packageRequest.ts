import type { RequestStep } from '../../domain/codeartifact';
import type { DecidedStep } from '../../domain/simulation';
import { createStepsMachine } from './stepsMachine';
import { lazyMachine } from './lazyMachine';

/**
 * One package request walking a CodeArtifact domain: a state per repository examined (hit,
 * miss, blocked by an origin control), the external connection, retention and the answer.
 * Every step and its reason come from the engine's `requestPackageVersion(...).steps`; the
 * token check before it from `tokenRejection`.
 */
export interface PackageRequestInput {
  label: string;
  /** Why the client's token is refused (401), or null when it is valid. */
  tokenRejection: string | null;
  steps: RequestStep[];
}

const stepsOf = (input: PackageRequestInput): DecidedStep[] =>
  input.tokenRejection === null
    ? // an answer's outcome is its status, so a state can name it like any other outcome
      input.steps.map((s) => (s.kind === 'answer' ? { ...s, outcome: String(s.status) } : s))
    : [{ kind: 'token', outcome: 'rejected', note: input.tokenRejection }];

/** Hubs: the next repository to examine, and the answer about to be given. */
const HUBS = ['examining', 'answering'];

export const packageRequestMachine = lazyMachine(() =>
  createStepsMachine<PackageRequestInput>({
    id: 'packageRequest',
    initial: 'checkingToken',
    stepsOf,
    states: {
      checkingToken: {
        description: 'The package manager sends the request with the build’s authorization token.',
        to: ['unauthorized', ...HUBS],
      },
      examining: {
        peeks: 'repository',
        description: 'CodeArtifact looks in the next repository of the search order.',
        to: ['hit', 'miss', 'blocked'],
      },
      hit: { takes: 'repository.hit', to: [...HUBS, 'retained'] },
      miss: {
        takes: 'repository.miss',
        to: [...HUBS, 'externalFetch', 'externalMissing', 'externalUnavailable'],
      },
      blocked: { takes: 'repository.blocked', to: HUBS },
      externalFetch: { takes: 'external.found', to: [...HUBS, 'retained'] },
      externalMissing: { takes: 'external.missing', to: HUBS },
      externalUnavailable: { takes: 'external.unavailable', to: HUBS },
      retained: { takes: 'retained', to: HUBS },
      answering: {
        peeks: 'answer',
        description: 'CodeArtifact answers the package manager.',
        to: ['served', 'notFound', 'unavailable'],
      },
      served: { takes: 'answer.200', end: 'ok' },
      notFound: { takes: 'answer.404', end: 'failed' },
      unavailable: { takes: 'answer.503', end: 'failed' },
      unauthorized: { takes: 'token.rejected', end: 'failed' },
    },
  }),
);
