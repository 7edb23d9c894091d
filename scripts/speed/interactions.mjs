/* global window, document, PerformanceObserver, requestAnimationFrame, setTimeout -- the functions given to page.evaluate and addInitScript run in the page */
// Interaction latency of the sandbox and quiz controls: each control is used a few times with
// the CPU throttled 4× (DevTools protocol), and every interaction's duration — from the input
// to the next paint after its handlers, as the Event Timing API reports it — is collected.
import { chromium } from '@playwright/test';

const THROTTLE = 4;

/** Collects Event Timing entries per interaction id, installed before any page script runs. */
function observeInteractions() {
  const seen = new Map();
  window.__interactions = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      seen.set(e.interactionId, Math.max(seen.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** Runs act() and returns the longest interaction it caused (0 when none passed 16 ms). */
async function measure(page, act) {
  await page.evaluate(() => window.__interactions.clear());
  await act();
  // Event Timing entries arrive after the paint that ends them: let two frames pass, then a
  // short settle so the observer callback has run.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))),
      ),
  );
  return page.evaluate(() => Math.max(0, ...window.__interactions.values()));
}

const answerCurrent = async (page) => {
  const box = page.locator('.quiz-question input[type="checkbox"]:not(:checked)').first();
  if (await box.count()) await box.click();
  else await page.locator('.quiz-question input[type="radio"]').first().click();
};

/** Each journey opens its page, then yields [control name, action] pairs to measure. */
const JOURNEYS = [
  {
    path: '/quiz',
    async setup(page) {
      await page.getByRole('radio', { name: /^Timed exam/ }).check();
      await page.getByLabel('Questions', { exact: true }).fill('10');
      await page.getByRole('button', { name: 'Start' }).click();
      await page.locator('.quiz-question input').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.quiz-question input:disabled'));
    },
    steps: (page) =>
      Array.from({ length: 5 }, () => [
        ['quiz: answer', () => answerCurrent(page)],
        ['quiz: flag', () => page.getByRole('button', { name: 'Flag for review' }).click()],
        ['quiz: next', () => page.getByRole('button', { name: 'Next', exact: true }).click()],
      ]).flat(),
  },
  {
    path: '/sandbox/upstream',
    steps: (page) =>
      Array.from({ length: 5 }, () => [
        'upstream: send a package request',
        () => page.getByRole('button', { name: 'Send request' }).click(),
      ]),
  },
  {
    path: '/sandbox/lifecycle',
    steps: (page) => [
      ...Array.from({ length: 3 }, (_, i) => [
        'lifecycle: push an image',
        async () => {
          await page.getByLabel('Tags (comma-separated, empty = untagged)').fill(`speed-${i}`);
          await page.getByRole('button', { name: 'Push image' }).click();
        },
      ]),
      ...Array.from({ length: 2 }, () => [
        'lifecycle: generate a history',
        () => page.getByRole('button', { name: /^Generate \d+ images/ }).click(),
      ]),
      ...Array.from({ length: 3 }, () => [
        'lifecycle: +30 days',
        () => page.getByRole('button', { name: '+30 days', exact: true }).click(),
      ]),
      ...Array.from({ length: 2 }, () => [
        'lifecycle: jump 365 days',
        async () => {
          await page.getByLabel('Jump ahead (days)').fill('365');
          await page.getByRole('button', { name: 'Jump', exact: true }).click();
        },
      ]),
    ],
  },
  {
    path: '/sandbox/access',
    steps: (page) => [
      ...Array.from({ length: 3 }, () => [
        'access: run a journey',
        () => page.getByRole('button', { name: 'Run ECR pull' }).click(),
      ]),
      ...Array.from({ length: 4 }, () => [
        'access: toggle a statement',
        () =>
          page
            .getByRole('checkbox', { name: /^Statement .* in force$/ })
            .first()
            .click(),
      ]),
      [
        'access: what would make this allowed?',
        async () => {
          await page.getByRole('button', { name: 'Run ECR pull' }).click();
          await page.getByRole('heading', { name: 'What would make this allowed?' }).waitFor();
          await page
            .getByRole('button', { name: /^Add (this|\d+) statements? to / })
            .first()
            .click();
        },
      ],
    ],
  },
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Measures every journey against origin (or those whose path contains one of `only`); resolves
 * to [{ control, samples, p75, worst }].
 */
export async function measureInteractions(origin, chromePath, only) {
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const byControl = new Map();
  try {
    for (const journey of JOURNEYS.filter((j) => !only || only.some((o) => j.path.includes(o)))) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(observeInteractions);
      await page.goto(origin + journey.path, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
      if (journey.setup) await journey.setup(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      for (const [control, act] of journey.steps(page)) {
        const ms = await measure(page, act);
        byControl.set(control, [...(byControl.get(control) ?? []), ms]);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return [...byControl].map(([control, samples]) => ({
    control,
    samples: samples.length,
    p75: percentile(samples, 75),
    worst: Math.max(...samples),
  }));
}
