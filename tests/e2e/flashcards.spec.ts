import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectHeading, test } from './fixtures';

const glossary = JSON.parse(readFileSync(join(process.cwd(), 'content/glossary.json'), 'utf8')) as {
  id: string;
  term: string;
}[];

test('five flashcards studied by keyboard alone are rescheduled, and come back when due', async ({
  page,
}) => {
  await page.goto('/review?kind=term');
  await expectHeading(page, 'Review');
  const filter = page.getByRole('navigation', { name: 'What to review' });
  const terms = filter.getByRole('link', { name: /^Terms/ });
  await expect(terms).toContainText(`0 due · ${glossary.length * 2} new`);

  const fronts: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    const card = page
      .getByRole('region', { name: /.+/ })
      .filter({ has: page.locator('#flashcard-front') });
    await expect(page.getByText(`${i + 1} of 20 ·`)).toBeVisible();
    await expect(card).toBeFocused();
    fronts.push((await page.locator('#flashcard-front').textContent())!);
    await page.keyboard.press('Space');
    await expect(page.getByRole('group', { name: 'How well did you remember it?' })).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(page.getByText('6 of 20 ·')).toBeVisible();

  const rescheduled = page.getByRole('region', { name: 'Rescheduled' }).getByRole('listitem');
  await expect(rescheduled).toHaveCount(5);
  for (const [i, front] of fronts.reverse().entries()) {
    await expect(rescheduled.nth(i)).toContainText(front);
    await expect(rescheduled.nth(i)).toContainText(/due in \d+ minutes/);
  }
  await expect(terms).toContainText(`0 due · ${glossary.length * 2 - 5} new`);

  // Eleven minutes later the five cards are due, ahead of any new card.
  await page.clock.install({ time: new Date(Date.now() + 11 * 60_000) });
  await page.goto('/');
  await expect(page.getByText('5 term cards due for review.')).toBeVisible();
  await page.goto('/review?kind=term');
  await expect(page.getByText('1 of 25 · 5 due, 20 new')).toBeVisible();
  await expect(page.locator('#flashcard-front')).toHaveText(fronts.at(-1)!);
});

test('a term card links to its glossary entry', async ({ page }) => {
  await page.goto('/review?kind=term');
  await expect(page.locator('#flashcard-front')).toHaveText(glossary[0]!.term);
  await page.getByRole('button', { name: /Show answer/ }).click();
  // The answer side, with its grade buttons, passes axe too.
  const { violations } = await new AxeBuilder({ page }).include('section.flashcard').analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('link', { name: 'Glossary entry' }).click();
  await expect(page).toHaveURL(`/glossary#${glossary[0]!.id}`);
  await expectHeading(page, 'Glossary');
  const entry = page.locator(`[id="${glossary[0]!.id}"]`);
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
});

test("a lesson's cards are one click from its end, and only that lesson's", async ({ page }) => {
  await page.goto('/learn/signer');
  await page.getByRole('link', { name: 'Study this lesson’s cards' }).click();
  await expect(page).toHaveURL('/review?lesson=signer');
  await expect(page.getByText('Cards of the lesson')).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('link', { name: /Glossary entry|Open the lesson/ })).toBeVisible();
  const link = page.getByRole('link', { name: 'Open the lesson' });
  if (await link.count()) await expect(link).toHaveAttribute('href', '/learn/signer');
});
