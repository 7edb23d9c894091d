import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, expectHeading, test } from './fixtures';

const upstreamChallenges = readdirSync(
  fileURLToPath(new URL('../../content/challenges/upstream/', import.meta.url)),
).filter((f) => f.endsWith('.json')).length;

test('a challenge solved with clicks, undone, redone, shared by link and seen solved', async ({
  page,
}) => {
  await page.goto('/sandbox');
  await expectHeading(page, 'Sandbox');
  await page.getByRole('link', { name: 'Where does the copy stay?' }).click();
  await expectHeading(page, 'CodeArtifact upstream simulator');
  const status = page.locator('.challenge-panel [role="status"]');
  await expect(status).toContainText('Steps so far: 0');

  await page.getByLabel('Add an upstream to team-web').selectOption('shared');
  await page.getByLabel('Repository', { exact: true }).selectOption('team-web');
  await page.getByLabel('Package', { exact: true }).fill('lodash');
  await page.getByLabel('Version', { exact: true }).fill('4.17.21');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status).toContainText('Solved ✓ in 2 steps');
  await expect(page.locator('.trace-panel')).toContainText('shared');
  await expect(page.getByText(/searched team-web → shared → npm-store/)).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toContainText('Steps so far: 1');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(status).toContainText('Solved ✓');

  // the link is made once the panel scrolls near
  const shareLink = page.getByLabel('Share link (opens this exact scenario)');
  await shareLink.scrollIntoViewIfNeeded();
  await expect(shareLink).toHaveValue(/challenge=intermediate-not-retained&s=v1\./);
  const link = await shareLink.inputValue();
  await page.goto(link);
  await expect(page.locator('.challenge-panel [role="status"]')).toContainText('Solved ✓');

  await page.goto('/sandbox');
  await expect(page.getByText(`1 of ${upstreamChallenges} challenges solved`)).toBeVisible();
});

test('a damaged or tampered share link shows a clear error and opens the default scenario', async ({
  page,
}) => {
  await page.goto('/sandbox/upstream?s=v1.not-really-compressed');
  await expect(page.getByRole('alert')).toContainText('could not be opened');
  await expect(page.getByText('team-web — upstreams in order: shared')).toBeVisible();

  await page.goto('/sandbox/upstream?s=v9.abc');
  await expect(page.getByRole('alert')).toContainText('unknown link version');
});

test('the upstream simulator walks a request and explains it', async ({ page }) => {
  await page.goto('/sandbox/upstream');
  await expectHeading(page, 'CodeArtifact upstream simulator');
  // every upstream and connection edge is drawn (an SVG squeezed to 0 px draws nothing)
  await expect(page.locator('.graph-edge')).toHaveCount(6);
  const widths = await page
    .locator('.graph-edge path')
    .evaluateAll((edges) => edges.map((e) => e.getBoundingClientRect().height));
  expect(Math.min(...widths)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.trace-panel')).toContainText('200');
  await page.getByLabel('public:npmjs is reachable').uncheck();
  await page.getByLabel('Version', { exact: true }).fill('4.17.20');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.event-log')).toContainText('503');
  await page.getByRole('button', { name: '+12 h' }).click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.locator('.event-log')).toContainText('401');
  await page.getByRole('slider').fill('1');
  await expect(page.locator('.trace-panel h2')).toHaveText('Why: step 1');
});
