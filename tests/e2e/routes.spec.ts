// Every route's heading is checked by the axe suite (a11y.spec.ts), in both themes.
import { expect, expectHeading, test } from './fixtures';

test('an unknown path shows the 404 page with ways back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expectHeading(page, 'Page not found');
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Lessons' }).last().click();
  await expectHeading(page, 'Lessons');
});

test('below 768 px the navigation is a drawer operable by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expectHeading(page, 'Build and manage artifacts');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expectHeading(page, 'Settings');
  await expect(nav).toBeHidden();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/learn');
  await expectHeading(page, 'Lessons');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the theme choice persists across reloads', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Dark', exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(11, 18, 32)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
});
