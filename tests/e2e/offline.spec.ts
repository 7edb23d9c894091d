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

test('a lesson opened for the first time while offline still renders', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/learn/s3-object-lock');
  await expectHeading(page, 'Object Lock');
  await expect(page.locator('.lesson-body h2').first()).toBeVisible();
});
