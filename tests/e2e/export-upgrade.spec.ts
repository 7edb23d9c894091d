import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectHeading, test } from './fixtures';

/** A progress file as Artifact Lab wrote it before this version: schema 1, the frozen fixture. */
const v1 = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/db-v1.json'), 'utf8')) as {
  tables: {
    attempts: { id: string }[];
    settings: { key: string; value: unknown }[];
  };
};
const report = (
  v1.tables.settings.find((s) => s.key === 'questionReports')!.value as { note: string }[]
)[0]!;

test('an export made before flashcards imports, and its challenge solves and reports land in their new homes', async ({
  page,
}, info) => {
  const path = info.outputPath('artifact-lab-progress-v1.json');
  writeFileSync(
    path,
    JSON.stringify({
      app: 'artifact-lab',
      schemaVersion: 1,
      exportedAt: '2026-11-24T00:00:00.000Z',
      tables: v1.tables,
    }),
  );
  await page.goto('/progress');
  await expectHeading(page, 'Progress');
  await page.getByLabel('Import progress').setInputFiles(path);
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toContainText('1 quiz attempts');
  await expect(summary).toContainText('1 challenges solved');
  await expect(summary).toContainText('1 question reports');
  await expect(summary).toContainText('0 flashcards studied');
  await summary.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();

  await expect(page.getByRole('region', { name: /reports on questions/i })).toContainText(
    report.note,
  );
  await page.goto(`/quiz/${v1.tables.attempts[0]!.id}/results`);
  await expectHeading(page, 'Results');
  await page.goto('/sandbox');
  await expect(page.getByText(/1 of \d+ challenges solved/)).toBeVisible();

  // Exported again, the file is the current schema, with the moved rows in their tables.
  await page.goto('/progress');
  await expectHeading(page, 'Progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const again = info.outputPath('again.json');
  await (await download).saveAs(again);
  const exported = JSON.parse(readFileSync(again, 'utf8'));
  expect(exported.schemaVersion).toBe(2);
  expect(exported.tables.challengeProgress).toHaveLength(1);
  expect(exported.tables.questionReports).toHaveLength(1);
  expect(exported.tables.settings).toEqual([]);
});
