// `npm test`: every check in order — typecheck, lint, content, unit + component tests, build,
// budgets, browser tests — then one line "N passed, N failed" totalling every test run.
// A check that is not a test runner (typecheck, lint, build, budgets) counts as one test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
const steps = [
  { name: 'typecheck', cmd: 'npm run -s typecheck' },
  { name: 'lint', cmd: 'npm run -s lint' },
  { name: 'content', cmd: 'node scripts/originality.mjs' },
  {
    name: 'unit',
    cmd: `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/vitest.json`,
    report: `${results}/vitest.json`,
  },
  { name: 'build', cmd: 'npm run -s build' },
  { name: 'budgets', cmd: 'npm run -s check:budgets' },
  { name: 'e2e', cmd: 'npx playwright test', report: `${results}/e2e-results.json` },
];

function counts(step) {
  if (!existsSync(step.report)) return null;
  const json = JSON.parse(readFileSync(step.report, 'utf8'));
  if (step.name === 'unit')
    return {
      passed: json.numPassedTests,
      failed: json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0),
    };
  const s = json.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

let passed = 0;
let failed = 0;
let stopped = false;
for (const step of steps) {
  if (stopped) {
    console.log(`\n— ${step.name}: not run (an earlier step failed)`);
    continue;
  }
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n— ${step.name}: ${step.cmd}`);
  const run = spawnSync(step.cmd, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });
  const ok = run.status === 0;
  const c = step.report ? counts(step) : null;
  if (c) {
    passed += c.passed;
    failed += c.failed;
    if (!ok && c.failed === 0) failed += 1; // the runner failed outside any test
  } else if (ok) passed += 1;
  else failed += 1;
  // Only a failed build stops the run (budgets and browser tests need it); other failures are
  // reported and the remaining checks still run.
  if (!ok && step.name === 'build') stopped = true;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && !stopped ? 0 : 1);
