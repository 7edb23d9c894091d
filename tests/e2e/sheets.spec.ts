import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectHeading, test } from './fixtures';

const slugs = readdirSync(join(process.cwd(), 'content/lessons'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) =>
    /^slug:\s*(.+)$/m
      .exec(readFileSync(join(process.cwd(), 'content/lessons', f), 'utf8'))![1]!
      .trim(),
  );

/** Pages of a PDF: the page objects of its page tree. */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('a lesson links to its cheat sheet, which has every part', async ({ page }) => {
  await page.goto('/learn/codeartifact-auth');
  await page.getByRole('link', { name: 'Cheat sheet' }).click();
  await expect(page).toHaveURL('/learn/codeartifact-auth/sheet');
  await expectHeading(page, 'CodeArtifact');
  for (const part of ['Objectives', 'At a glance', 'Traps', 'Numbers', 'Commands'])
    await expect(page.getByRole('heading', { level: 2, name: part })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('/learn links the course cheat sheet', async ({ page }) => {
  await page.goto('/learn');
  await page.getByRole('link', { name: 'Course cheat sheet' }).click();
  await expect(page).toHaveURL('/learn/sheet');
  await expect(page.getByRole('heading', { level: 2, name: /^Traps/ })).toBeVisible();
});

for (const path of ['/learn/sheet', ...slugs.map((slug) => `/learn/${slug}/sheet`)]) {
  test(`${path} prints on at most two A4 or Letter pages`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (const format of ['A4', 'Letter'] as const) {
      const pages = pageCount(await page.pdf({ format }));
      test.info().annotations.push({ type: 'pages', description: `${path} ${format}: ${pages}` });
      expect(pages, format).toBeGreaterThanOrEqual(1);
      expect(pages, format).toBeLessThanOrEqual(2);
    }
  });
}
