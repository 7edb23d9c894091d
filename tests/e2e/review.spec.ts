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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('the intro is the largest paint and nothing moves when the queue arrives', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen = { shift: 0, largest: '' };
      Object.assign(window, { seen });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          seen.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
        seen.largest = last.element?.className ?? '';
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto('/review');
    await expectHeading(page, 'Review');
    await expect(page.locator('#flashcard-front')).toBeVisible();
    await expect(page.getByRole('link', { name: /^All/ })).toContainText(/0 due · \d+ new/);
    // Two frames, so the observers have seen the card's paint and any shift it caused.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { shift: number; largest: string } }).seen,
    );
    expect(seen.largest).toBe('review-intro');
    expect(seen.shift).toBeLessThanOrEqual(0.02);
    // The card took the focus without scrolling the intro away.
    await expect(page.locator('.flashcard')).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
