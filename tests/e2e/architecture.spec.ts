import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, expectHeading, test } from './fixtures';

const challengeDir = fileURLToPath(
  new URL('../../content/challenges/architecture/', import.meta.url),
);
const challenges = readdirSync(challengeDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const stages = (page: Page) =>
  page.getByRole('list', { name: 'Release stages' }).getByRole('listitem');

async function expectAllPassed(page: Page) {
  await expect(stages(page)).toHaveCount(7);
  for (const item of await stages(page).all()) await expect(item).toContainText('passed');
}

async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

test('a release runs green, fails at deploy with a fault, resumes there once fixed; the failed actor steps by keyboard', async ({
  page,
}) => {
  await page.goto('/sandbox/architecture');
  await expectHeading(page, 'Architecture sandbox');
  await expect(stages(page).first()).toContainText('not run');
  const run = page.getByRole('button', { name: 'Run release', exact: true });
  await run.click();
  await expectAllPassed(page);

  const fault = page.getByRole('checkbox', { name: 'Workload role missing ecr:BatchGetImage' });
  await fault.check();
  await run.click();
  const deploy = stages(page).filter({ hasText: 'Deploy image and Lambda' });
  await expect(deploy).toContainText('failed');
  await expect(deploy).toContainText('ecr:BatchGetImage');
  await expect(stages(page).filter({ hasText: 'Replicate' })).toContainText('passed');

  // the statechart of the access check that failed, stepped with the keyboard
  const actor = page.getByLabel('Actor');
  const failed = (await actor.locator('option').allTextContents()).find((t) =>
    /accessCheck: .*ecr:BatchGetImage — failed/.test(t),
  );
  expect(failed).toBeDefined();
  await actor.selectOption({ label: failed! });
  const chart = page.getByRole('figure', { name: 'Statechart of accessCheck' });
  await expect(chart).toBeVisible();
  await chart.focus();
  await page.keyboard.press('Home');
  const position = page.getByRole('group', { name: 'Step through the states' });
  await expect(position).toContainText(/State 1 of \d+/);
  await page.keyboard.press('ArrowRight');
  await expect(position).toContainText(/State 2 of \d+/);
  await page.keyboard.press('End');
  await expect(position).toContainText(/denied|implicit/i);
  await expect(chart.locator('[aria-current="step"]')).toHaveCount(1);

  await fault.uncheck();
  await run.click();
  await expectAllPassed(page);
  await expect(page.getByText('Resumed at deploy').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /sandbox/architecture after a failed run (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sandbox/architecture');
    await page.getByRole('checkbox', { name: 'Build subnet has no S3 gateway endpoint' }).check();
    await page.getByRole('button', { name: 'Run release', exact: true }).click();
    await expect(stages(page).first()).toContainText('failed');
    await expectNoAxeViolations(page);
  });
}

for (const id of challenges) {
  test(`the architecture challenge ${id} opens without a problem and is axe-clean`, async ({
    page,
  }) => {
    await page.goto(`/sandbox/architecture?challenge=${id}`);
    await expectHeading(page, 'Architecture sandbox');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
