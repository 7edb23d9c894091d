import { expect, expectHeading, test } from './fixtures';

test('Ctrl+K from any page finds "object lock compliance" and opens the Object Lock section', async ({
  page,
}) => {
  await page.goto('/sandbox');
  await expectHeading(page, 'Sandbox');
  // the page is prerendered: the shortcut listens once the app has hydrated over it
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox');
  await expect(box).toBeFocused();
  await box.fill('object lock compliance');
  const first = page.getByRole('option').first();
  await expect(first).toContainText(/Object Lock/i);
  await expect(first.locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/s3-object-lock#/);
  await expectHeading(page, 'Object Lock');
  const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
});

test('Escape closes the palette and the search page keeps the query in the URL', async ({
  page,
}) => {
  await page.goto('/');
  await expectHeading(page, 'Build and manage artifacts');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('combobox')).toBeHidden();
  await page.goto('/search?q=GetServiceBearerToken');
  await expect(page.getByRole('status').filter({ hasText: /results/ })).toBeVisible();
  await expect(page.locator('.search-results mark').first()).toBeVisible();
  await page.getByRole('searchbox').fill('zzzzqqq');
  await expect(page).toHaveURL(/q=zzzzqqq/);
  await expect(page.getByText(/No results/)).toBeVisible();
});
