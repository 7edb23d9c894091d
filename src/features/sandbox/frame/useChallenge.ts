import { useActorRef, useSelector } from '@xstate/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listChallengeRecords, recordChallengeSolved } from '../../../db/challengeProgress';
import type { Challenge } from '../../../domain/challenges/schema';
import { createChallengeMachine, type ChallengeInput } from '../../../machines/challenge';

/** A challenge played in a simulator: the machine's progress, solves written to the database. */
export function useChallenge<S, G, A>(
  challenge: Challenge<S, G, A>,
  simulator: ChallengeInput<S, G, A>['simulator'],
  meetsGoal: (scenario: S, goal: G) => boolean,
) {
  const [machine] = useState(() =>
    createChallengeMachine<S, G, A>(meetsGoal).provide({
      actions: {
        record: (_, { id, steps }) =>
          void recordChallengeSolved(id, steps, new Date().toISOString()),
      },
    }),
  );
  const actor = useActorRef(machine, { input: { challenge, simulator } });
  const state = useSelector(actor, (s) => s);
  const best = useLiveQuery(
    async () => (await listChallengeRecords())[challenge.id]?.bestSteps ?? null,
    [challenge.id],
    null,
  );
  return { actor, context: state.context, solved: state.matches('solved'), best };
}
