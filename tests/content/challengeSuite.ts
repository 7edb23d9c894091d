// The checks every simulator's challenge files share: named after their id, citing real traps
// and lessons, not solved at the start, solved by replaying their own solution (par = its length),
// and 2–3 hints. Each simulator's test adds what is specific to it through the hooks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Challenge, SimulatorId } from '../../src/domain/challenges/schema';

export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const trapIds = new Set(
  (readJson(join(contentDir, 'traps.json')) as { id: string }[]).map((t) => t.id),
);
const lessonSlugs = new Set(
  readdirSync(join(contentDir, 'lessons'))
    .map((f) => /^\d{2}-(.+)\.mdx$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined),
);

interface Step<S> {
  scenario: S;
  summary: string;
  trace: string[];
}

interface SuiteOptions<S, G, A> {
  simulator: SimulatorId;
  parse: (raw: unknown) => Challenge<S, G, A>;
  meets: (scenario: S, goal: G) => boolean;
  apply: (scenario: S, action: A) => Step<S>;
  /** Lessons this simulator's challenges may point to (default: any lesson). */
  lessons?: string[];
  /** Extra assertions on a start scenario. */
  checkStart?: (start: S) => void;
  /** Extra assertions on the steps of a replayed solution. */
  checkReplay?: (steps: Step<S>[], challenge: Challenge<S, G, A>) => void;
}

export function loadChallenges<S, G, A>(
  simulator: SimulatorId,
  parse: (raw: unknown) => Challenge<S, G, A>,
) {
  const dir = join(contentDir, 'challenges', simulator);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, challenge: parse(readJson(join(dir, file))) }));
}

export function describeChallenges<S, G, A>(o: SuiteOptions<S, G, A>) {
  const challenges = loadChallenges(o.simulator, o.parse);

  describe(`${o.simulator} challenges`, () => {
    it('has at least 6 challenges with unique ids', () => {
      expect(challenges.length).toBeGreaterThanOrEqual(6);
      const ids = challenges.map((c) => c.challenge.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    describe.each(challenges)('$file', ({ file, challenge }) => {
      it(`is named after its id and runs in the ${o.simulator} simulator`, () => {
        expect(file).toBe(`${challenge.id}.json`);
        expect(challenge.simulator).toBe(o.simulator);
      });

      it('cites known traps and a lesson', () => {
        expect(challenge.traps.filter((t) => !trapIds.has(t))).toEqual([]);
        expect(lessonSlugs.has(challenge.lesson)).toBe(true);
        if (o.lessons) expect(o.lessons).toContain(challenge.lesson);
      });

      it('starts from a valid scenario that does not meet the goal', () => {
        o.checkStart?.(challenge.start);
        expect(o.meets(challenge.start, challenge.check)).toBe(false);
      });

      it('is solved by replaying its solution, whose length is par', () => {
        const steps: Step<S>[] = [];
        let scenario = challenge.start;
        for (const action of challenge.solution) {
          const step = o.apply(scenario, action);
          steps.push(step);
          scenario = step.scenario;
        }
        o.checkReplay?.(steps, challenge);
        expect(o.meets(scenario, challenge.check)).toBe(true);
        expect(challenge.par).toBe(challenge.solution.length);
      });

      it('keeps hints to 2–3', () => {
        expect(challenge.hints.length).toBeGreaterThanOrEqual(2);
        expect(challenge.hints.length).toBeLessThanOrEqual(3);
      });
    });
  });

  return challenges;
}
