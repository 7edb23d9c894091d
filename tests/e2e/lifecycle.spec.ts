import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectHeading, test } from './fixtures';

const policy = JSON.stringify(
  {
    rules: [
      {
        rulePriority: 1,
        description: 'Untagged images go after 7 days',
        selection: {
          tagStatus: 'untagged',
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: 7,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: 'Keep the newest 2 prod images',
        selection: {
          tagStatus: 'tagged',
          tagPrefixList: ['prod-'],
          countType: 'imageCountMoreThan',
          countNumber: 2,
        },
        action: { type: 'expire' },
      },
    ],
  },
  null,
  2,
);

const policyText = (page: Page) =>
  page.locator('.lc-policy').getByRole('textbox', { name: /\(JSON\)$/ });

/** Clicks the policy's preview, which opens the editor (CodeMirror) focused, and types over it. */
async function typePolicy(page: Page, text: string) {
  await policyText(page).click();
  await expect(page.locator('.lc-policy .cm-content')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

async function pushImage(page: Page, tags: string, daysAgo: string) {
  await page.getByLabel('Tags (comma-separated, empty = untagged)').fill(tags);
  await page.getByLabel('Pushed (days ago)').fill(daysAgo);
  await page.getByRole('button', { name: 'Push image' }).click();
}

test('paste a policy, add images, advance 30 days, see the right images expire with their rule, undo', async ({
  page,
}) => {
  await page.goto('/sandbox/lifecycle');
  await expectHeading(page, 'Lifecycle simulator');
  await typePolicy(page, policy);
  await expect(page.locator('.lc-validity')).toContainText(
    '✓ ECR accepts this policy: rule 1: untagged images',
  );

  await pushImage(page, 'hotfix-1', '0');
  await pushImage(page, '', '0');
  const log = page.locator('.event-log');
  await expect(log).toContainText('Policy accepted: 2 rules');
  await expect(log).toContainText('Image');
  const images = page.locator('#ecr-images-heading');
  await expect(images).toContainText('(14)');

  await page.getByRole('button', { name: '+30 days', exact: true }).click();
  await expect(log).toContainText('+30 days → 2026-03-31: 7 expired (rule 1: 3, rule 2: 4)');
  await expect(images).toContainText('(7)');
  const rows = page.locator('.lc-timeline tbody tr');
  await expect(rows).toHaveCount(7);
  for (const tag of ['prod-1', 'prod-2', 'prod-3', 'prod-4']) {
    await expect(rows.filter({ hasText: tag })).toContainText('rule 2');
  }
  await expect(rows.filter({ hasText: 'untagged' })).toHaveCount(3);
  for (const row of await rows.filter({ hasText: 'untagged' }).all())
    await expect(row).toContainText('rule 1');
  await expect(page.locator('.trace-panel')).toContainText('expired by rule 2');
  await expect(page.locator('.lc-clock')).toContainText('2026-03-31 00:00 UTC');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(images).toContainText('(14)');
  await expect(page.locator('.lc-timeline')).toContainText('Nothing has happened yet');
  const table = page.getByRole('region', { name: 'Images', exact: true });
  for (const tag of ['prod-1', 'prod-4', 'hotfix-1']) await expect(table).toContainText(tag);
  await expect(page.locator('.lc-clock')).toContainText('2026-03-01 00:00 UTC');
});

test('an invalid policy is kept and marked at its path; the form edits the same policy', async ({
  page,
}) => {
  await page.goto('/sandbox/lifecycle');
  await expectHeading(page, 'Lifecycle simulator');
  await typePolicy(
    page,
    policy.replace(
      '"countType": "imageCountMoreThan",',
      '"countType": "imageCountMoreThan", "countUnit": "days",',
    ),
  );
  const validity = page.locator('.lc-validity');
  await expect(validity).toContainText(
    '✗ ECR rejects this policy: rules[1].selection.countUnit: countUnit may only be used',
  );
  const marked = page.locator('.lc-policy .cm-lintRange-error');
  await expect(marked).toHaveCount(1);
  await expect(marked).toContainText('"countUnit": "days"');
  // still there after the JSON linter's own run
  await page.waitForTimeout(800);
  await expect(marked).toHaveCount(1);

  await page.getByRole('button', { name: 'Form' }).click();
  await expect(page.getByLabel('Count unit').nth(1)).toHaveValue('days');
  await page.getByLabel('Count unit').nth(1).selectOption('');
  await expect(validity).toContainText('✓ ECR accepts this policy');
  await page.getByLabel('Prefixes (comma-separated; all must match)').fill('prod-, release-');
  await page.getByRole('button', { name: 'JSON' }).click();
  await expect(policyText(page)).toContainText('"release-"');
  await expect(page.locator('.event-log')).toContainText('Policy');
});

test('governance yields to the bypass, compliance to nobody: the Object Lock challenge by clicks', async ({
  page,
}) => {
  await page.goto('/sandbox/lifecycle?challenge=object-lock-governance-vs-compliance');
  await expectHeading(page, 'Lifecycle simulator');
  const status = page.locator('.challenge-panel [role="status"]');
  await expect(status).toContainText('Steps so far: 0');
  await expect(page.getByRole('button', { name: /S3 bucket/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: '+1 day', exact: true }).click();
  await expect(page.locator('.lc-timeline tbody tr')).toHaveCount(2);
  await expect(page.locator('.lc-timeline')).toContainText('got a delete marker');
  await expect(page.locator('.trace-panel')).toContainText(
    'a delete marker is allowed despite the COMPLIANCE lock',
  );

  await page.getByLabel('Object', { exact: true }).selectOption('trial/report.pdf');
  await page.getByLabel('Version', { exact: true }).selectOption('v1');
  await page.getByLabel('Bypass governance retention (s3:BypassGovernanceRetention)').check();
  await page.getByRole('button', { name: 'Delete version v1' }).click();
  await expect(page.locator('.trace-panel')).toContainText('GOVERNANCE retention was bypassed');

  await page.getByLabel('Object', { exact: true }).selectOption('ledger/2025.csv');
  await page.getByLabel('Version', { exact: true }).selectOption('v1');
  await page.getByRole('button', { name: 'Delete version v1' }).click();
  await expect(page.locator('.trace-panel')).toContainText('not even the root user');
  await expect(status).toContainText('Solved ✓ in 3 steps');
});

/** Runs axe on the page and expects no violations; `where` names the state checked. */
async function expectAxeClean(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('axe finds no violations on the ECR tab: preview, cost chart, editor, form', async ({
      page,
    }) => {
      await page.goto('/sandbox/lifecycle');
      await expectHeading(page, 'Lifecycle simulator');
      await expect(policyText(page)).toBeVisible();
      // the cost chart is drawn once scrolled near
      await page
        .getByRole('heading', { name: 'Storage cost, with and without the policy' })
        .scrollIntoViewIfNeeded();
      await expect(page.locator('.lc-chart svg')).toBeVisible();
      await expectAxeClean(page, 'ECR tab, the policy as a preview, the cost chart drawn');
      await policyText(page).click();
      await expect(page.locator('.lc-policy .cm-editor')).toBeVisible();
      await expectAxeClean(page, 'ECR tab, in the editor');
      await page.getByRole('button', { name: '+30 days', exact: true }).click();
      await page.getByRole('button', { name: 'Form' }).click();
      await expectAxeClean(page, 'ECR tab, form view, after time passed');
    });

    test('axe finds no violations on the S3 tab, in the form and JSON views', async ({ page }) => {
      await page.goto('/sandbox/lifecycle');
      await expectHeading(page, 'Lifecycle simulator');
      await page.getByRole('button', { name: /S3 bucket/ }).click();
      await page.getByRole('button', { name: '+30 days', exact: true }).click();
      await page.getByRole('button', { name: 'Form' }).click();
      await expectAxeClean(page, 'S3 tab, form view');
      await page.getByRole('button', { name: 'JSON' }).click();
      await expect(policyText(page)).toBeVisible();
      await expectAxeClean(page, 'S3 tab, JSON view');
    });
  });
}
