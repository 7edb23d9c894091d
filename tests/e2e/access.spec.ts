import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectHeading, test } from './fixtures';

const REPO = 'arn:aws:ecr:eu-west-1:111111111111:repository/app';

const policy = (...Statement: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement }, null, 2);
const BROKEN = policy({
  Sid: 'Pull',
  Effect: 'Allow',
  Action: 'ecr BatchGetImage',
  Resource: REPO,
});
const FIXED = policy(
  { Sid: 'RegistryLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
  {
    Sid: 'PullFromTooling',
    Effect: 'Allow',
    Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'],
    Resource: REPO,
  },
);

/** Opens the policy with the given accessible name in the editor (CodeMirror) and types over it. */
async function typeInEditor(page: Page, label: string, text: string) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await expect(page.locator('.cm-content')).toBeFocused();
  await expect(page.locator('.cm-content')).toHaveAttribute('aria-label', label);
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

const decision = (page: Page) => page.locator('.run-decision');

test('fix a failing cross-account pull by editing one policy, and see Allow with its trace', async ({
  page,
}) => {
  await page.goto('/sandbox/access');
  await expectHeading(page, 'Cross-account access simulator');

  await page.getByRole('button', { name: 'Run ECR pull' }).click();
  await expect(decision(page)).toHaveText(/^Implicit deny/);
  await expect(decision(page)).toContainText('0 of 4 requests allowed');
  const firstStep = page.locator('.run-step').first();
  await expect(firstStep.locator('.trace-step[data-outcome="decides"]')).toContainText(
    'granted only by identity-based (IAM) policies',
  );
  await expect(page.getByRole('heading', { name: 'What would make this allowed?' })).toBeVisible();

  // An invalid edit is kept as typed, shown at its JSON path, and the run says which policy is invalid.
  await page.getByRole('button', { name: 'Identity policy of build', exact: true }).click();
  await typeInEditor(page, 'Identity policy of build', BROKEN);
  await expect(page.locator('.policy-status')).toContainText('Invalid at Statement[0].Action');
  await page.getByRole('button', { name: 'Run ECR pull' }).click();
  await expect(page.locator('.run-invalid')).toContainText(
    'Identity policy of build is invalid at Statement[0].Action',
  );
  await expect(page.locator('.policy-card[data-status="invalid"]')).toContainText(
    'Identity policy of build',
  );

  await typeInEditor(page, 'Identity policy of build', FIXED);
  await expect(page.locator('.policy-status')).toContainText(
    'Valid: 2 statements. Unsaved changes',
  );
  await page.getByRole('button', { name: 'Run ECR pull' }).click();
  await expect(decision(page)).toHaveText(/^Allow/);
  await expect(decision(page)).toContainText('4 of 4 requests allowed');
  const steps = page.locator('.run-step');
  await expect(steps).toHaveCount(4);
  await steps.last().locator('summary').first().click();
  await expect(steps.last().locator('.trace-step[data-outcome="decides"]')).toContainText(
    'cross-account: the repository policy in account 111111111111 allows the caller',
  );
  await expect(page.locator('.event-log')).toContainText('Edited identity policy of build → Allow');
  await expect(page.locator('.trace-panel')).toContainText('ecr:BatchGetImage');
  // the deciding statements are marked where they live
  await expect(
    page
      .locator('.statement-list li[data-decides="true"]')
      .filter({ hasText: 'AllowWorkloadPull' }),
  ).toBeVisible();

  // back two steps: before the fix was saved and run, the run was not evaluated
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.run-invalid')).toBeVisible();
});

test('a statement switched off changes the decision; the trace links to the statement', async ({
  page,
}) => {
  await page.goto('/sandbox/access');
  await page.getByRole('button', { name: 'Run S3 artifact read' }).click();
  await expect(decision(page)).toHaveText(/^Allow/);
  await page
    .getByLabel("Statement 'AllowWorkloadDecrypt' of Key policy of alias/artifacts in force")
    .uncheck();
  await expect(decision(page)).toHaveText(/^Implicit deny/);
  await expect(page.locator('.event-log')).toContainText(
    "Statement 'AllowWorkloadDecrypt' of key policy of alias/artifacts switched off → ImplicitDeny",
  );

  // the KMS request is denied; its trace links the identity statement that matched to the editor
  const kms = page.locator('.run-step').nth(1);
  await expect(kms.locator('.trace-step[data-outcome="decides"]')).toContainText(
    'no statement in the key policy allows the caller',
  );
  await kms
    .getByRole('button', {
      name: "statement 'DecryptArtifacts' of Identity policy of build: show in the editor",
    })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Editing: Identity policy of build' }),
  ).toBeVisible();
  await expect(
    page.getByRole('textbox', { name: 'Identity policy of build', exact: true }),
  ).toBeFocused();
  expect(await page.evaluate(() => getSelection()?.toString())).toContain(
    '"Sid": "DecryptArtifacts"',
  );
  // statements that did not apply are one click away
  await kms.getByText('4 statements did not apply').click();
  await expect(
    kms.getByText(
      "Statement 'EnableIAMUserPermissions' (index 0) in the key policy does not apply",
    ),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(decision(page)).toHaveText(/^Allow/);
});

test('a challenge solved with “Add this statement”', async ({ page }) => {
  await page.goto('/sandbox/access?challenge=ecr-token-from-iam');
  await expectHeading(page, 'Cross-account access simulator');
  const status = page.locator('.challenge-panel [role="status"]');
  await expect(status).toContainText('Steps so far: 0');
  await page.getByRole('button', { name: 'Run ECR pull' }).click();
  await expect(decision(page)).toHaveText(/^Implicit deny/);
  await page
    .getByRole('button', { name: 'Add this statement to Identity policy of build' })
    .click();
  await expect(decision(page)).toHaveText(/^Allow/);
  await expect(status).toContainText('Solved ✓ in 2 steps (par 2');

  // the link is made once the panel scrolls near
  const shareLink = page.getByLabel('Share link (opens this exact scenario)');
  await shareLink.scrollIntoViewIfNeeded();
  await expect(shareLink).toHaveValue(/challenge=ecr-token-from-iam&s=v1\./);
  const link = await shareLink.inputValue();
  await page.goto(link);
  await expect(page.locator('.challenge-panel [role="status"]')).toContainText('Solved ✓');
  await expect(decision(page)).toHaveText(/^Allow/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on /sandbox/access in the ${scheme} theme, before and after a run`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/sandbox/access');
    await expectHeading(page, 'Cross-account access simulator');
    await page.waitForLoadState('networkidle');
    const policyText = page.locator('.policy-editor').getByRole('textbox');
    await expect(policyText).toBeVisible();
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    };
    expect(await check()).toEqual([]);
    await page.getByRole('button', { name: 'Run ECR pull' }).click();
    await expect(
      page.getByRole('heading', { name: 'What would make this allowed?' }),
    ).toBeVisible();
    expect(await check()).toEqual([]);
    await policyText.click();
    await expect(page.locator('.policy-editor .cm-content')).toBeFocused();
    expect(await check()).toEqual([]);
  });
}
