import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectHeading, test } from './fixtures';

const dir = join(process.cwd(), 'content/lessons');
const lessons = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const raw = readFileSync(join(dir, f), 'utf8');
    return {
      slug: /^slug:\s*(.+)$/m.exec(raw)![1]!.trim(),
      title: /^title:\s*(.+)$/m
        .exec(raw)![1]!
        .trim()
        .replace(/^['"]|['"]$/g, ''),
    };
  });

test('/learn lists every lesson', async ({ page }) => {
  await page.goto('/learn');
  for (const lesson of lessons)
    await expect(
      page.getByRole('link', {
        name: new RegExp(lesson.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      }),
    ).toBeVisible();
});

for (const lesson of lessons) {
  test(`lesson ${lesson.slug}: axe-clean in light and dark, no sideways scrolling at 360 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/learn/${lesson.slug}`);
      await expectHeading(page, lesson.title.slice(0, 20));
      await expect(page.locator('.lesson-body h2').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
}
