import { nextTask } from '../../../components/nextTask';
import { findChallenge, type ChallengeFiles } from '../../../content/challenges';
import type { Challenge } from '../../../domain/challenges/schema';
import { PolicyError } from '../../../domain/errors';
import type { SimulatorId } from '../../../domain/simulators';
import { takeEmbeddedStart } from './embeddedStart';
import { decodeScenario } from './shareLink';

/** What decides where a simulator starts: a challenge file, a share link or the default. */
export interface StartOptions<S, G, A> {
  simulator: SimulatorId;
  /** This simulator's challenge files (src/content/challengeFiles). */
  challengeFiles: ChallengeFiles;
  defaultScenario: S;
  parseScenario: (raw: unknown) => S;
  parseChallenge: (raw: unknown) => Challenge<S, G, A>;
}

export interface Start<S, G, A> {
  scenario: S;
  summary: string;
  challenge: Challenge<S, G, A> | null;
  problem: string | null;
}

/**
 * What a simulator starts from: a challenge named in the path (/sandbox/upstream/<id>, its own
 * prerendered page) or, as share links and older links have it, in the query (?challenge=<id>),
 * and a share link's scenario (?s=…).
 */
export function startParams(
  challenge: string | undefined,
  search: string | URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(search);
  if (challenge) params.set('challenge', challenge);
  return params;
}

const describe = (error: unknown) => (error instanceof PolicyError ? error.message : String(error));

/** Where a simulator starts: a challenge, a share link, or the default scenario — never a crash. */
export function startFrom<S, G, A>(
  params: URLSearchParams,
  o: StartOptions<S, G, A>,
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

// Starts worked out by the route's loader, by simulator and query, for the first render to take.
const prepared = new Map<string, Start<unknown, unknown, unknown>>();
const keyOf = (simulator: SimulatorId, params: URLSearchParams) =>
  `${simulator}?${params.toString()}`;

/**
 * Works out a challenge's or a share link's start ahead of the page's first render, in a task of
 * its own or in a worker: parsing the file and playing its start actions (a whole release, for
 * some) is a long task on a phone, and inside the render it would lengthen the render's own.
 * A challenge's prerendered page carries the start the build worked out: that one is taken as is.
 */
export async function prepareStart<S, G, A>(
  o: StartOptions<S, G, A>,
  params: URLSearchParams,
  /** Works it out off the main thread (a worker), for a simulator whose starts take long. */
  elsewhere?: (params: URLSearchParams) => Promise<Start<S, G, A>>,
): Promise<void> {
  if (!params.has('challenge') && !params.has('s')) return;
  const key = keyOf(o.simulator, params);
  // Should the worker fail (no Worker, its code not cached offline), the page works it out.
  let start =
    (takeEmbeddedStart(key) as Start<S, G, A> | null) ??
    (elsewhere ? await elsewhere(params).catch(() => null) : null);
  if (!start) {
    await nextTask();
    start = startFrom(params, o);
  }
  prepared.set(key, start as Start<unknown, unknown, unknown>);
}

/** The starts prepared and not yet taken by a render, by key (the build's prerender embeds them). */
export function preparedStarts(): [string, Start<unknown, unknown, unknown>][] {
  return [...prepared];
}

/** The start prepared for these options and query (taken once), else worked out now. */
export function takeStart<S, G, A>(
  params: URLSearchParams,
  o: StartOptions<S, G, A>,
): Start<S, G, A> {
  const key = keyOf(o.simulator, params);
  const ready = prepared.get(key) as Start<S, G, A> | undefined;
  prepared.delete(key);
  return ready ?? startFrom(params, o);
}
