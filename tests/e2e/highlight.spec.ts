import type { Page } from '@playwright/test';
import { highlighterSignature } from '../../scripts/highlighter-signatures.mjs';
import { expect, expectHeading, test } from './fixtures';

/** The colours of the first code block's tokens, and of its plain text. */
async function codeColours(page: Page) {
  const block = page.locator('.code-block pre').first();
  await expect(block).toBeVisible();
  return block.evaluate((pre) => ({
    text: getComputedStyle(pre).color,
    tokens: [...pre.querySelectorAll('code span[style]')].map((s) => getComputedStyle(s).color),
  }));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('a lesson code block is highlighted, in colours of this theme', async ({ page }) => {
      await page.goto('/learn/codeartifact-auth');
      await expectHeading(page, 'CodeArtifact');
      const { text, tokens } = await codeColours(page);
      const distinct = new Set(tokens);
      expect(distinct.size).toBeGreaterThanOrEqual(2);
      expect(distinct.has(text)).toBe(false);
      // The same block in the other theme uses other colours: both themes are in the page.
      await page.emulateMedia({ colorScheme: scheme === 'light' ? 'dark' : 'light' });
      const other = await codeColours(page);
      expect(other.tokens).not.toEqual(tokens);
    });
  });
}

test('the copy button copies the code and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/learn/codeartifact-auth');
  const block = page.locator('.code-block').first();
  await block.getByRole('button', { name: 'Copy' }).click();
  await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(block.getByRole('status')).toHaveText('Code copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('pre').textContent());
});

test('a question with a policy shows it highlighted', async ({ page }) => {
  await page.goto('/');
  await expectHeading(page, 'Build and manage artifacts');
  // A question that quotes a bucket policy, due for review now.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('artifact-lab');
        open.onsuccess = () => {
          const tx = open.result.transaction('reviewCards', 'readwrite');
          tx.objectStore('reviewCards').put({
            questionId: 'cross-account-07',
            card: {},
            due: 0,
            lapses: 0,
            lastAnsweredAt: '2026-01-01T00:00:00.000Z',
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto('/review?kind=question');
  const code = page.locator('.question-stem-text code.code-inline-block');
  await expect(code).toHaveCount(1);
  expect(await code.locator('span[style]').count()).toBeGreaterThan(2);
  await expect(code).toContainText('"Version": "2012-10-17"');
});

test('no JavaScript the browser loads carries a highlighter', async ({ page, request }) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js') && response.ok())
      scripts.add(response.url());
  });
  for (const path of [
    '/',
    '/learn/codeartifact-auth',
    '/learn/signer/sheet',
    '/review',
    '/glossary',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(scripts.size).toBeGreaterThan(5);
  const carriers: string[] = [];
  for (const url of scripts)
    if (highlighterSignature(await (await request.get(url)).text())) carriers.push(url);
  expect(carriers).toEqual([]);
});
