import { assign, setup } from 'xstate';
import type { RequestStep } from '../../domain/codeartifact';
import {
  consumeStep,
  nextMatches,
  peeks,
  routes,
  type RouteTable,
  type StepMatch,
  type StepsContext,
} from './steps';

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

export interface ProcessOutput {
  ok: boolean;
  reason: string;
}

interface Context extends StepsContext<RequestStep> {
  tokenRejection: string | null;
  status: number | null;
}

/** The states that take each step of the walk. */
const TAKE: RouteTable = [
  [{ kind: 'repository', outcome: 'hit' }, 'hit'],
  [{ kind: 'repository', outcome: 'miss' }, 'miss'],
  [{ kind: 'repository', outcome: 'blocked' }, 'blocked'],
  [{ kind: 'external', outcome: 'found' }, 'externalFetch'],
  [{ kind: 'external', outcome: 'missing' }, 'externalMissing'],
  [{ kind: 'external', outcome: 'unavailable' }, 'externalUnavailable'],
  [{ kind: 'retained' }, 'retained'],
  [{ kind: 'answer', outcome: '200' }, 'served'],
  [{ kind: 'answer', outcome: '404' }, 'notFound'],
  [{ kind: 'answer', outcome: '503' }, 'unavailable'],
];

/** Hubs: the next repository to examine, and the answer about to be given. */
const HUBS: RouteTable = [
  [{ kind: 'repository' }, 'examining'],
  [{ kind: 'answer' }, 'answering'],
];

/** On to the next repository or the answer, or take one of these steps. */
const onTo = (take: string[] = []) => ({
  always: [...peeks(HUBS), ...routes(TAKE, take)],
});
const final = { type: 'final' as const };

export const packageRequestMachine = setup({
  types: {
    context: {} as Context,
    input: {} as PackageRequestInput,
    output: {} as ProcessOutput,
  },
  guards: {
    tokenRejected: ({ context }) => context.tokenRejection !== null,
    nextIs: ({ context }, params: StepMatch) => nextMatches(context, params),
  },
  actions: {
    consume: assign(({ context }) => {
      const current = context.steps[context.at]!;
      return {
        ...consumeStep(context),
        status: current.kind === 'answer' ? current.status : context.status,
      };
    }),
    clearNote: assign({ note: '' }),
    refuse: assign(({ context }) => ({ note: context.tokenRejection ?? '', status: 401 })),
  },
}).createMachine({
  id: 'packageRequest',
  context: ({ input }) => ({
    label: input.label,
    note: '',
    // an answer's outcome is its status, so a route can match it like any other outcome
    steps: input.steps.map((s) => (s.kind === 'answer' ? { ...s, outcome: String(s.status) } : s)),
    at: 0,
    tokenRejection: input.tokenRejection,
    status: null,
  }),
  initial: 'checkingToken',
  states: {
    checkingToken: {
      description: 'The package manager sends the request with the build’s authorization token.',
      always: [
        { guard: 'tokenRejected', target: 'unauthorized', actions: 'refuse' },
        ...peeks(HUBS),
      ],
    },
    examining: {
      description: 'CodeArtifact looks in the next repository of the search order.',
      always: routes(TAKE, ['hit', 'miss', 'blocked']),
    },
    hit: onTo(['retained']),
    miss: onTo(['externalFetch', 'externalMissing', 'externalUnavailable']),
    blocked: onTo(),
    externalFetch: onTo(['retained']),
    externalMissing: onTo(),
    externalUnavailable: onTo(),
    retained: onTo(),
    answering: {
      description: 'CodeArtifact answers the package manager.',
      always: routes(TAKE, ['served', 'notFound', 'unavailable']),
    },
    served: final,
    notFound: final,
    unavailable: final,
    unauthorized: final,
  },
  output: ({ context }) => ({ ok: context.status === 200, reason: context.note }),
});
