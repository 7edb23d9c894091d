import { useActorRef, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { SimulatorId } from '../../../domain/simulators';
import { findChallenge, type ChallengeFiles } from '../../../content/challenges';
import type { Challenge } from '../../../domain/challenges/schema';
import { PolicyError } from '../../../domain/errors';
import type { SimulatorMachine } from '../../../machines/simulator';
import { decodeScenario } from './shareLink';

interface SessionOptions<S, G, A, O> {
  simulator: SimulatorId;
  /** This simulator's challenge files (src/content/challengeFiles). */
  challengeFiles: ChallengeFiles;
  machine: SimulatorMachine<S, A, O>;
  defaultScenario: S;
  parseScenario: (raw: unknown) => S;
  parseChallenge: (raw: unknown) => Challenge<S, G, A>;
  meetsGoal: (scenario: S, goal: G) => boolean;
}

interface Start<S, G, A> {
  scenario: S;
  summary: string;
  challenge: Challenge<S, G, A> | null;
  problem: string | null;
}

const describe = (error: unknown) => (error instanceof PolicyError ? error.message : String(error));

/** Where a simulator starts: a challenge, a share link, or the default scenario — never a crash. */
function startFrom<S, G, A, O>(
  params: URLSearchParams,
  o: SessionOptions<S, G, A, O>,
): Start<S, G, A> {
  let challenge: Challenge<S, G, A> | null = null;
  const problems: string[] = [];
  const challengeId = params.get('challenge');
  if (challengeId) {
    const entry = findChallenge(o.challengeFiles, o.simulator, challengeId);
    if (!entry) problems.push(`There is no challenge “${challengeId}” for this simulator.`);
    else {
      try {
        challenge = o.parseChallenge(entry.raw);
      } catch (error) {
        problems.push(`The challenge file is invalid: ${describe(error)}`);
      }
    }
  }
  const shared = params.get('s');
  if (shared) {
    try {
      return {
        scenario: decodeScenario(shared, o.parseScenario),
        summary: 'Opened from a shared link',
        challenge,
        problem: problems.join(' ') || null,
      };
    } catch (error) {
      problems.push(
        `This share link could not be opened (${describe(error)}). Showing the ${challenge ? 'challenge’s start' : 'default scenario'} instead.`,
      );
    }
  }
  if (challenge)
    return {
      scenario: challenge.start,
      summary: `Challenge start: ${challenge.title}`,
      challenge,
      problem: problems.join(' ') || null,
    };
  return {
    scenario: o.defaultScenario,
    summary: 'Default scenario',
    challenge: null,
    problem: problems.join(' ') || null,
  };
}

export function useSimulatorSession<S, G, A, O = undefined>(options: SessionOptions<S, G, A, O>) {
  const [params] = useSearchParams();
  // Decided once per page: later URL edits are ours (share links), not a new start.
  const start = useMemo(() => startFrom(params, options), []); // eslint-disable-line react-hooks/exhaustive-deps
  const actor = useActorRef(options.machine, {
    input: { scenario: start.scenario, summary: start.summary },
  });
  const context = useSelector(actor, (s) => s.context);
  // A long action is being applied off the main thread (see machines/simulator).
  const busy = useSelector(actor, (s) => s.matches('applying'));
  const step = context.steps[context.index]!;
  const { challenge } = start;

  return {
    actor,
    context,
    step,
    scenario: step.scenario,
    challenge,
    meetsGoal: options.meetsGoal,
    problem: start.problem,
    busy,
    apply: (action: A) => actor.send({ type: 'action.apply', action }),
  };
}
