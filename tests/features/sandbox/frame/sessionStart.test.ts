// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import scenarioJson from '../../../../content/scenarios/upstream.json';
import challengeFiles from '../../../../src/content/challengeFiles/upstream';
import {
  parseUpstreamChallenge,
  parseUpstreamScenario,
} from '../../../../src/domain/codeartifact/challenge';
import {
  prepareStart,
  preparedStarts,
  startFrom,
  takeStart,
} from '../../../../src/features/sandbox/frame/sessionStart';
import {
  EMBEDDED_START_ID,
  embeddedStartsJson,
} from '../../../../src/features/sandbox/frame/embeddedStart';
import { encodeScenario } from '../../../../src/features/sandbox/frame/shareLink';

const defaultScenario = parseUpstreamScenario(scenarioJson);
const options = {
  simulator: 'upstream' as const,
  challengeFiles,
  defaultScenario,
  parseScenario: parseUpstreamScenario,
  parseChallenge: parseUpstreamChallenge,
};
const query = (q: string) => new URLSearchParams(q);

describe('where a simulator starts', () => {
  it('is the default scenario without a query', () => {
    expect(startFrom(query(''), options)).toEqual({
      scenario: defaultScenario,
      summary: 'Default scenario',
      challenge: null,
      problem: null,
    });
  });

  it("is a challenge's start, with the challenge", () => {
    const start = startFrom(query('challenge=predict-search-order'), options);
    expect(start.challenge?.id).toBe('predict-search-order');
    expect(start.scenario).toEqual(start.challenge?.start);
    expect(start.summary).toMatch(/^Challenge start: /);
  });

  it('is the default, with the problem said, for an unknown challenge or a damaged link', () => {
    expect(startFrom(query('challenge=nope'), options).problem).toBe(
      'There is no challenge “nope” for this simulator.',
    );
    const damaged = startFrom(query('s=v1.garbage'), options);
    expect(damaged.scenario).toBe(defaultScenario);
    expect(damaged.problem).toMatch(/^This share link could not be opened/);
  });

  it('is the shared scenario for a share link', () => {
    const shared = { ...defaultScenario, now: '2026-01-01T00:00:00.000Z' };
    const start = startFrom(query(`s=${encodeScenario(shared)}`), options);
    expect(start.scenario).toEqual(shared);
    expect(start.summary).toBe('Opened from a shared link');
  });

  it('is worked out once when prepared ahead, and taken by the first render', async () => {
    const parseChallenge = vi.fn(parseUpstreamChallenge);
    const counted = { ...options, parseChallenge };
    await prepareStart(counted, query('challenge=predict-search-order'));
    expect(parseChallenge).toHaveBeenCalledTimes(1);
    expect(takeStart(query('challenge=predict-search-order'), counted).challenge?.id).toBe(
      'predict-search-order',
    );
    expect(parseChallenge).toHaveBeenCalledTimes(1);
    // taken once: a later page works it out afresh
    takeStart(query('challenge=predict-search-order'), counted);
    expect(parseChallenge).toHaveBeenCalledTimes(2);
  });

  it('prepares nothing for a page without a challenge or share link', async () => {
    const parseScenario = vi.fn(parseUpstreamScenario);
    await prepareStart({ ...options, parseScenario }, query('other=1'));
    expect(parseScenario).not.toHaveBeenCalled();
  });

  it('takes the start worked out elsewhere (a worker), and works it out itself should that fail', async () => {
    const parseChallenge = vi.fn(parseUpstreamChallenge);
    const counted = { ...options, parseChallenge };
    const params = query('challenge=predict-search-order');
    const fromWorker = startFrom(params, options);
    await prepareStart(counted, params, () => Promise.resolve(fromWorker));
    expect(takeStart(params, counted)).toBe(fromWorker);
    expect(parseChallenge).not.toHaveBeenCalled();

    await prepareStart(counted, params, () => Promise.reject(new Error('no worker')));
    expect(parseChallenge).toHaveBeenCalledTimes(1);
    expect(takeStart(params, counted).challenge?.id).toBe('predict-search-order');
    expect(parseChallenge).toHaveBeenCalledTimes(1);
  });

  it('takes the start a prerendered page carries, without working it out or a worker', async () => {
    const parseChallenge = vi.fn(parseUpstreamChallenge);
    const counted = { ...options, parseChallenge };
    const params = query('challenge=predict-search-order');
    // as the build's prerender does: the loader prepares, and the page embeds what it prepared
    await prepareStart(options, params);
    const embedded = preparedStarts();
    expect(embedded.map(([key]) => key)).toEqual(['upstream?challenge=predict-search-order']);
    const built = takeStart(params, options);
    document.body.innerHTML = `<script type="application/json" id="${EMBEDDED_START_ID}">${embeddedStartsJson(embedded)}</script>`;

    const worker = vi.fn(() => Promise.resolve(built));
    await prepareStart(counted, params, worker);
    expect(worker).not.toHaveBeenCalled();
    expect(parseChallenge).not.toHaveBeenCalled();
    expect(takeStart(params, counted)).toEqual(built);
    expect(preparedStarts()).toEqual([]);
  });
});
