import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectHeading, test } from './fixtures';

/** The task 1.3 blueprint's draw for the 65 scored items (largest remainder of the weights). */
const DRAW = [
  ['Use cases and secure management', 13],
  ['Creating and generating artifacts', 8],
  ['Lifecycle considerations', 13],
  ['Artifact repositories', 15],
  ['Build tools (CodeBuild, Lambda)', 8],
  ['EC2 and container image builds', 8],
] as const;

const navigator = (page: Page) => page.getByRole('navigation', { name: 'Question navigator' });

/** Picks as many options as the question asks for with the number keys, then Enter moves on. */
async function answerByKeyboard(page: Page, index: number) {
  await expect(page.getByText(`Question ${index} of 65`, { exact: false })).toBeVisible();
  const hint = (await page.locator('.quiz-question .question-hint').textContent()) ?? '';
  const need = hint.includes('three') ? 3 : hint.includes('two') ? 2 : 1;
  for (let key = 1; key <= need; key += 1) await page.keyboard.press(String(key));
  await expect(page.locator('.quiz-question input:checked')).toHaveCount(need);
  await page.keyboard.press('Enter');
}

test('an exam simulation: 65 blueprint-weighted questions by keyboard, a flag, a reload, results by exam-guide line', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/quiz');
  await expectHeading(page, 'Quiz');
  await expect(page.getByText(/^\d+ questions/)).toBeVisible();
  await page.getByRole('radio', { name: /^Exam simulation/ }).check();
  const plan = page.getByRole('region', { name: 'The draw, by exam-guide line' });
  for (const [line, n] of DRAW)
    await expect(plan.getByRole('row', { name: new RegExp(`^${escape(line)}`) })).toContainText(
      `${n} (`,
    );
  await expect(page.getByLabel('Questions', { exact: true })).toHaveValue('65');
  await expect(page.getByText('Time allowed: 2:36:00.')).toBeVisible(); // 65 × 144 s
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Exam simulation');
  await expect(page.getByRole('timer')).toHaveText(/^2:3[56]:\d\d$/);
  await expect(page.locator('.quiz-question input').first()).toBeEnabled();

  // Flag question 3 with F, answer up to question 30, then reload mid-way.
  for (let i = 1; i <= 30; i += 1) {
    if (i === 3) await page.keyboard.press('f');
    await answerByKeyboard(page, i);
  }
  await expect(
    navigator(page).getByRole('button', { name: 'Question 3 (answered, flagged)' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Exam simulation');
  await expect(
    navigator(page).getByRole('button', { name: 'Question 31 (unanswered)' }),
  ).toHaveAttribute('aria-current', 'step');
  await expect(
    navigator(page).getByRole('button', { name: 'Question 3 (answered, flagged)' }),
  ).toBeVisible();
  await expect(page.locator('.quiz-question input').first()).toBeEnabled();
  for (let i = 31; i <= 65; i += 1) await answerByKeyboard(page, i);

  // Enter on the last question stays there; review and submit from the keyboard.
  await page.getByRole('button', { name: 'Review answers' }).press('Enter');
  await expect(page.getByText('65 of 65 answered · 1 flagged.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit exam' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Submit exam?' });
  await expect(dialog).toContainText('Every question is answered. 1 flagged for review.');
  await dialog.getByRole('button', { name: 'Submit exam' }).press('Enter');

  await expect(page).toHaveURL(/\/results$/);
  await expectHeading(page, 'Results');
  await expect(page.getByText(/ of 65 correct in \d+:\d\d/)).toBeVisible();
  const byLine = page.getByRole('figure', { name: 'By exam-guide line of task 1.3' });
  const rows = byLine.getByRole('listitem');
  await expect(rows).toHaveCount(DRAW.length);
  for (const [i, [line, n]] of DRAW.entries()) {
    await expect(rows.nth(i)).toContainText(line);
    await expect(rows.nth(i)).toContainText(new RegExp(`\\d+/${n} \\(\\d+%\\)`));
  }
  await expect(rows.nth(3)).toContainText(
    'Creating and configuring artifact repositories (for example, AWS CodeArtifact, Amazon S3, Amazon ECR)',
  );
  await page.getByRole('radio', { name: /^Flagged/ }).check();
  await expect(page.locator('.results-list > li')).toHaveCount(1);
  await expect(page.locator('.explanation-checked').first()).toContainText(
    /Facts checked against the AWS docs on \d{1,2} \w{3} \d{4}\./,
  );

  // axe over the score, every breakdown and the flagged question with its explanation (all 65
  // revealed questions make a page axe takes minutes over on this machine).
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);

  // The dashboard's recent scores name it by its label, not as a timed exam.
  await page.goto('/');
  await expect(
    page.getByRole('link', { name: /^\d+% — Exam simulation, 65 questions$/ }),
  ).toBeVisible();
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
