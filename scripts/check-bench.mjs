// Runs the engine benchmarks and compares each median with DESIGN.md's throughput budgets.
// Timing depends on the machine and its load, so this is a separate check (`npm run check:bench`),
// not part of `npm test`; run it on a quiet machine.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const out = 'test-results/bench.json';
const BUDGETS = [
  {
    match: /through 25 repositories.*miss in all 25/,
    label: 'CodeArtifact request, 25-repository domain',
    ms: 0.02,
  },
  {
    match: /ECR lifecycle preview.*10,000 images × 20 rules/,
    label: 'ECR preview, 10,000 images × 20 rules',
    ms: 20,
  },
  {
    match: /S3 lifecycle over a year.*365 daily calls/,
    label: 'S3 year day by day, 10,000 versions',
    ms: 200,
  },
  {
    match: /access evaluation.*parsed policies/,
    label: 'access evaluation, 10 policies × 10 statements',
    ms: 0.05,
  },
];

const run = spawnSync(`npx vitest bench --run --outputJson ${out}`, {
  shell: true,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
const report = JSON.parse(readFileSync(out, 'utf8'));
const results = report.files.flatMap((f) =>
  f.groups.flatMap((g) => g.benchmarks.map((b) => ({ ...b, name: `${g.fullName} > ${b.name}` }))),
);

let over = 0;
console.log(
  '\nbudget                                            median       min     limit  result',
);
for (const budget of BUDGETS) {
  const b = results.find((r) => budget.match.test(r.name));
  if (!b) {
    console.log(`${budget.label.padEnd(48)}  (no benchmark matched)`);
    over += 1;
    continue;
  }
  const ok = b.median <= budget.ms;
  if (!ok) over += 1;
  const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(1)} ms`);
  console.log(
    `${budget.label.padEnd(48)} ${fmt(b.median).padStart(9)} ${fmt(b.min).padStart(9)} ${fmt(budget.ms).padStart(9)}  ${ok ? 'ok' : 'OVER'}`,
  );
}
process.exit(over ? 1 : 0);
