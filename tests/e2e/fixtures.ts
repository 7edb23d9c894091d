import { test as base, expect, type Page } from '@playwright/test';

/**
 * Fails the test on any console error, uncaught exception or Content-Security-Policy violation
 * in the page (violations are reported to the console by a listener installed before load).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The page's h1 reads `text`, as soon as the HTML shows it (before any code has run). */
export async function expectPrerenderedHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(text);
}

/**
 * The page's h1 reads `text` and the app has taken the page over (a prerendered page is
 * hydrated), so what the test does next reaches React, as a user's would once the page is ready.
 */
export async function expectHeading(page: Page, text: string) {
  await expectPrerenderedHeading(page, text);
  await expect(page.locator('#root[data-prerendered-path]')).toHaveCount(0);
}
