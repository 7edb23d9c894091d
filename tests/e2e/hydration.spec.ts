import { expect, expectPrerenderedHeading, test } from './fixtures';

const LESSON = '/learn/upstreams';
const TITLE = 'Upstream repositories and external connections';

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a prerendered lesson shows its title, text and navigation', async ({ page }) => {
    await page.goto(LESSON);
    await expectPrerenderedHeading(page, TITLE);
    await expect(page).toHaveTitle(`${TITLE} · Artifact Lab`);
    await expect(page.locator('.lesson-body h2').first()).toBeVisible();
    await expect(page.locator('.lesson-body p').first()).not.toBeEmpty();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});

test('a prerendered lesson is hydrated in place: the same nodes, then interactive', async ({
  page,
}) => {
  // Hold the app's code back until the prerendered page is marked, so hydration (which keeps
  // the nodes) can be told from a fresh render (which would replace them).
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(LESSON, { waitUntil: 'commit' });
  await expectPrerenderedHeading(page, TITLE);
  await page.locator('h1').evaluate((h1) => h1.setAttribute('data-before-hydration', ''));
  release();

  await expect(page.getByRole('button', { name: 'Mark complete' })).toBeVisible();
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('button', { name: /^Completed/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('h1')).toHaveAttribute('data-before-hydration', '');
});

test('a stored dark theme applies before the first paint of a prerendered page', async ({
  page,
}) => {
  await page.goto('/settings');
  await page.evaluate(() =>
    localStorage.setItem(
      'artifact-lab:preferences',
      JSON.stringify({ state: { theme: 'dark', fontScale: 1.25 }, version: 1 }),
    ),
  );
  // The app's code is held back: only the prerendered HTML and the boot script have run.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(LESSON, { waitUntil: 'commit' });
  await expectPrerenderedHeading(page, TITLE);
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'dark');
  await expect(root).toHaveAttribute('style', /--font-scale: 1.25/);
  expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
  release();
});

test("a challenge's prerendered page hydrates in place with the start it carries: no worker works it out again", async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('request', (r) => /challengeStart\.worker/.test(r.url()) && workers.push(r.url()));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/sandbox/architecture/deploy-the-built-digest', { waitUntil: 'commit' });
  await expectPrerenderedHeading(page, 'Architecture');
  await expect(
    page.getByRole('heading', { name: 'Challenge: Deploy exactly the image you built' }),
  ).toBeVisible();
  await page.locator('h1').evaluate((h1) => h1.setAttribute('data-before-hydration', ''));
  release();

  await expect(page.locator('#root[data-prerendered-path]')).toHaveCount(0);
  await expect(page.locator('#prepared-start')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveAttribute('data-before-hydration', '');
  await expect(
    page.getByRole('heading', { name: 'Challenge: Deploy exactly the image you built' }),
  ).toBeVisible();
  expect(workers).toEqual([]);
});
