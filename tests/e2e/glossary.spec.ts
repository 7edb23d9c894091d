import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectHeading, test } from './fixtures';

const glossary = JSON.parse(readFileSync(join(process.cwd(), 'content/glossary.json'), 'utf8')) as {
  id: string;
  term: string;
  definition: string;
}[];

test('/glossary lists every term A–Z and the filter narrows it', async ({ page }) => {
  await page.goto('/glossary');
  await expectHeading(page, 'Glossary');
  const terms = page.locator('.glossary-entry dt');
  await expect(terms).toHaveCount(glossary.length);
  const shown = await terms.allTextContents();
  expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en')));

  await page.getByLabel('Filter terms').fill('lifecycle');
  const expected = glossary.filter((g) =>
    `${g.term} ${g.definition}`.toLowerCase().includes('lifecycle'),
  );
  await expect(terms).toHaveCount(expected.length);
  await expect(page.getByRole('status').filter({ hasText: 'terms match' })).toHaveText(
    `${expected.length} of ${glossary.length} terms match`,
  );
  await page.getByLabel('Filter terms').fill('zzzz-nothing');
  await expect(terms).toHaveCount(0);
  await expect(page.getByText('No term matches “zzzz-nothing”.')).toBeVisible();
  await page.getByLabel('Filter terms').fill('');
  await expect(terms).toHaveCount(glossary.length);
});

test('each entry links to the lesson sections that use the term', async ({ page }) => {
  await page.goto('/glossary#upstream-repository');
  const entry = page.locator('#upstream-repository');
  await expect(entry).toBeFocused();
  const link = entry.getByRole('link', { name: /: / }).first();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/learn\/[a-z0-9-]+#[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('a <Term> pop-up and a search result both open the glossary entry', async ({ page }) => {
  await page.goto('/learn/upstreams');
  await page.locator('.term-button').first().click();
  const popup = page.locator('.term-popover[data-open="true"]');
  const href = (await popup.getByRole('link', { name: 'Glossary entry' }).getAttribute('href'))!;
  expect(href).toMatch(/^\/glossary#/);
  await popup.getByRole('link', { name: 'Glossary entry' }).click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeFocused();

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('Upstream repository');
  await page.getByRole('option').filter({ hasText: 'Glossary' }).first().click();
  await expect(page).toHaveURL(/\/glossary#/);
  await expectHeading(page, 'Glossary');
});
