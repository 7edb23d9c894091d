import { expect, test } from './fixtures';

test('lesson progress written to IndexedDB survives a reload', async ({ page }) => {
  await page.goto('/learn/why-artifact-management');
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
  await page.goto('/');
  await expect(page.getByText(/1 of \d+ complete/)).toBeVisible();
});

test('when IndexedDB cannot open, the app runs and says progress will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // As in some private modes: the API exists but opening a database fails.
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/learn/why-artifact-management');
  const banner = page.getByRole('alert').filter({ hasText: 'Progress will not be kept' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('link', { name: 'Export progress' })).toHaveAttribute(
    'href',
    '/progress#data',
  );
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
});
