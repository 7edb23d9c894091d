import { ROUTES } from './routes';
import { expect, expectHeading, test, waitForServiceWorker } from './fixtures';

test('after one visit every route reloads with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expectHeading(page, route.h1);
  }
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
});

test('a lesson opened for the first time while offline still renders', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/learn/s3-object-lock');
  await expectHeading(page, 'Object Lock');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
});

test('offline: a quiz starts, runs and shows results; the simulator and search work', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/quiz');
  await expectHeading(page, 'Quiz');
  await page.getByLabel('Questions', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('.quiz-question input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Finish practice' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish' }).click();
  await expectHeading(page, 'Results');

  await page.goto('/sandbox/upstream?challenge=survive-npm-outage');
  await expectHeading(page, 'CodeArtifact upstream simulator');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.event-log')).toContainText('Request');

  await page.goto('/search?q=origin%20controls');
  await expect(page.locator('.search-results li').first()).toBeVisible();
});
