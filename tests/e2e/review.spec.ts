import { expect, expectHeading, test } from './fixtures';

test('answered questions come back in /review when due, one by one, and are rescheduled', async ({
  page,
}) => {
  await page.goto('/quiz');
  await expectHeading(page, 'Quiz');
  await page.getByLabel('Questions', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Start' }).click();
  for (const last of [false, true]) {
    await page.locator('.quiz-question input').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: last ? 'Finish practice' : 'Next' }).click();
  }
  await page.getByRole('dialog').getByRole('button', { name: 'Finish' }).click();
  await expectHeading(page, 'Results');

  await page.goto('/review?kind=question');
  await expect(page.getByText(/2 questions in spaced review; the next is due in/)).toBeVisible();

  // A month later every card is due.
  await page.clock.install({ time: new Date(Date.now() + 30 * 86_400_000) });
  await page.goto('/');
  await expect(page.getByText('2 questions due for review.')).toBeVisible();
  await page.getByRole('link', { name: 'Questions', exact: true }).click();
  await expectHeading(page, 'Review');
  await expect(page.getByText('1 of 2 · 2 due')).toBeVisible();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.option-why').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('2 of 2 · 2 due')).toBeVisible();
  await page.locator('.question input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByText('you reviewed 2 questions')).toBeVisible();
  await page.goto('/');
  await expect(page.getByText('Nothing is due for review.')).toBeVisible();
});
