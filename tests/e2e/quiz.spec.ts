import type { Page } from '@playwright/test';
import { expect, expectHeading, test } from './fixtures';

async function startQuiz(page: Page, mode: 'Practice' | 'Timed exam', count: number) {
  await page.goto('/quiz');
  await expectHeading(page, 'Quiz');
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByLabel('Questions', { exact: true }).fill(String(count));
  await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/quiz\/[0-9a-f-]{36}$/);
  // ready for answers (keys included) once this tab holds the attempt
  await expect(page.locator('.quiz-question input').first()).toBeEnabled();
}

const timerSeconds = async (page: Page) => {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  const [h, m, s] =
    text.split(':').length === 3
      ? text.split(':').map(Number)
      : [0, ...text.split(':').map(Number)];
  return h! * 3600 + m! * 60 + s!;
};

test('a 5-question timed exam survives a reload with its answers, flags and time, then submits', async ({
  page,
}) => {
  await startQuiz(page, 'Timed exam', 5);
  await expect(page.getByRole('timer')).toHaveText(/^1[12]:\d\d$/); // 5 × 144 s = 12:00
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });

  // Q1: answer with the first option (a checkbox question needs as many as it asks for).
  const answerCurrent = async () => {
    const boxes = page.locator('.quiz-question input[type="checkbox"]');
    if ((await boxes.count()) > 0) {
      const need = (await page.locator('.question-hint').textContent())?.includes('three') ? 3 : 2;
      for (let i = 0; i < need; i += 1) await boxes.nth(i).check();
    } else {
      await page.locator('.quiz-question input[type="radio"]').first().check();
    }
  };
  await answerCurrent();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answerCurrent();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(
    navigator.getByRole('button', { name: 'Question 1 (answered, flagged)' }),
  ).toBeVisible();
  await expect(navigator.getByRole('button', { name: 'Question 2 (answered)' })).toBeVisible();
  await expect(
    navigator.getByRole('button', { name: 'Question 3 (unanswered, flagged)' }),
  ).toBeVisible();

  const before = await timerSeconds(page);
  const firstChecked = await page.evaluate(() => location.pathname);
  await page.reload();
  await expect(page).toHaveURL(firstChecked);
  await expect(
    navigator.getByRole('button', { name: 'Question 1 (answered, flagged)' }),
  ).toBeVisible();
  await expect(navigator.getByRole('button', { name: 'Question 2 (answered)' })).toBeVisible();
  await expect(
    navigator.getByRole('button', { name: 'Question 3 (unanswered, flagged)' }),
  ).toHaveAttribute('aria-current', 'step');
  const after = await timerSeconds(page);
  expect(Math.abs(before - after)).toBeLessThanOrEqual(2 + 3); // ±2 s, plus the reload itself

  await navigator.getByRole('button', { name: /^Question 1 / }).click();
  await expect(page.locator('.quiz-question input:checked')).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Review answers' }).click();
  await expect(page.getByRole('heading', { name: 'Review answers' })).toBeVisible();
  await page.getByRole('radio', { name: /^Unanswered/ }).check();
  await expect(page.locator('.review-row')).toHaveCount(3);
  await page.getByRole('radio', { name: /^Flagged/ }).check();
  await expect(page.locator('.review-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit exam?' });
  await expect(dialog).toContainText('3 questions are unanswered');
  await dialog.getByRole('button', { name: 'Submit exam' }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expectHeading(page, 'Results');
  await expect(page.locator('.score')).toHaveText(/^\d+%$/);
  await expect(page.getByText('By lesson')).toBeVisible();
  await page.getByRole('radio', { name: /^Flagged/ }).check();
  await expect(page.locator('.results-list > li')).toHaveCount(2);
  await expect(page.locator('.option-why').first()).toBeVisible();
});

test('practice mode gives feedback after each answer and asks how sure you were', async ({
  page,
}) => {
  await startQuiz(page, 'Practice', 2);
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.keyboard.press('1');
  const multiple = (await page.locator('.quiz-question input[type="checkbox"]').count()) > 0;
  if (multiple) {
    await page.keyboard.press('2');
    if ((await page.locator('.question-hint').textContent())?.includes('three'))
      await page.keyboard.press('3');
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Correct\.|Incorrect/ })).toBeVisible();
  await expect(page.locator('.option-why')).toHaveCount(await page.locator('.option').count());
  await page.getByRole('radio', { name: 'Certain' }).check();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Unflag' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('Question 2 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Finish practice' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish' }).click();
  await expectHeading(page, 'Results');
  await page.goto('/');
  await expect(page.getByText(/Nothing is due|due for review/)).toBeVisible();
});

test('a corrupted attempt shows "could not resume" and can be discarded', async ({ page }) => {
  await page.goto('/quiz');
  await expectHeading(page, 'Quiz');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('artifact-lab');
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          tx.objectStore('attempts').put({
            id: 'broken-1',
            mode: 'exam',
            questionIds: 'not-a-list',
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.goto('/quiz/broken-1');
  await expectHeading(page, 'Could not resume this quiz');
  await page.getByRole('button', { name: 'Discard this quiz' }).click();
  await expectHeading(page, 'Quiz');
  await page.goto('/quiz/broken-1');
  await expectHeading(page, 'Quiz attempt not found');
});

test('the same attempt in two tabs: the second is read-only until it takes over, and no answer is lost', async ({
  page,
  context,
}) => {
  await startQuiz(page, 'Timed exam', 3);
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('alert')).toContainText('open in another tab');
  await expect(second.locator('.quiz-question input').first()).toBeDisabled();

  await page.locator('.quiz-question input').first().check();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await second.getByRole('button', { name: 'Continue in this tab instead' }).click();
  await expect(
    second
      .getByRole('navigation', { name: 'Question navigator' })
      .getByRole('button', { name: /^Question 1 \((answered, flagged|unanswered, flagged)\)/ }),
  ).toBeVisible();
  await expect(
    second.getByRole('button', { name: 'Question 1 (answered, flagged)' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('open in another tab');
  await expect(page.locator('.quiz-question input').first()).toBeDisabled();
});

test('a storage quota error during a quiz keeps the answers in the tab and says so', async ({
  page,
}) => {
  await startQuiz(page, 'Timed exam', 3);
  await page.evaluate(() => {
    const failing = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = failing;
    IDBObjectStore.prototype.add = failing;
  });
  await page.locator('.quiz-question input').first().check();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('.quiz-question input').first().check();
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  await expect(navigator.getByRole('button', { name: 'Question 1 (answered)' })).toBeVisible();
  await expect(navigator.getByRole('button', { name: 'Question 2 (answered)' })).toBeVisible();
});
