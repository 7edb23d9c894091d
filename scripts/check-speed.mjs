// `npm run check:speed`: builds the app and a bare page of the same stack, serves both, and
// prints Lighthouse (mobile preset) for each route below and the bare page, then the
// interaction latencies of the sandbox and quiz controls at 4× CPU throttling.
//   --no-build        measure the existing dist/
//   --runs=N          Lighthouse runs per page, in rounds over all the pages; the median by
//                     performance is printed (default 1)
//   --only=a,b        only the pages (and interaction journeys) whose path contains one of these
//   --skip-lighthouse / --skip-interactions
//   --baseline=DIR    also measure the build in DIR/dist (e.g. an export of main), page by page
//                     alternating with this one, so both see the same machine load
// Timings depend on the machine and on what else runs on it: the load average is printed with
// each figure. Not part of `npm test`.
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { buildBarePage } from './speed/bare-page.mjs';
import { measureInteractions } from './speed/interactions.mjs';
import { lighthouse } from './speed/lighthouse.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.SPEED_PORT ?? 4320);
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
const runs = Number(arg('runs')?.split('=')[1] ?? 1);
const only = arg('only')?.split('=')[1]?.split(',');
const baselineRoot = arg('baseline')?.split('=')[1];

const PAGES = [
  '/',
  '/learn',
  '/learn/why-artifact-management',
  '/learn/upstreams',
  '/quiz',
  '/review',
  '/progress',
  '/search',
  '/settings',
  '/sandbox',
  '/sandbox/architecture',
  '/sandbox/architecture/deploy-the-built-digest',
  '/sandbox/upstream',
  '/sandbox/upstream/predict-search-order',
  '/sandbox/lifecycle',
  '/sandbox/lifecycle/ecr-keep-last-ten-prod',
  '/sandbox/access',
  '/sandbox/access/ecr-pull-both-sides',
  '/this/does/not/exist',
].filter((p) => !only || only.some((o) => p.includes(o)));

const BUDGET = { perf: 95, lcpRatio: 1.3, cls: 0.02, a11y: 100, interaction: 200 };
const load = () => loadavg()[0].toFixed(2);

async function serve(options) {
  const server = await preview({
    ...options,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: options.port, strictPort: true },
  });
  return { origin: `http://127.0.0.1:${options.port}`, close: () => server.close() };
}

/**
 * Lighthouse `runs` times for each URL, in rounds (every page once, then every page again), so
 * that a slow spell of the machine falls on one run of several pages rather than on every run of
 * one page. The run with the median performance score stands for the page.
 */
async function measurePages(urls) {
  const results = urls.map(() => []);
  for (let round = 1; round <= runs; round += 1) {
    for (const [i, url] of urls.entries())
      results[i].push({ ...(await lighthouse(root, url, chromePath)), load: load() });
    if (runs > 1) console.error(`Lighthouse round ${round} of ${runs} done (load avg ${load()})`);
  }
  return results.map((r) => r.sort((a, b) => a.perf - b.perf)[Math.floor(r.length / 2)]);
}

const ms = (n) => `${Math.round(n)} ms`;
const row = (cells) => `| ${cells.join(' | ')} |`;

if (!process.argv.includes('--no-build'))
  execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
const bareDist = await buildBarePage(root);
const app = await serve({ root, port });
const bare = await serve({ root, configFile: false, build: { outDir: bareDist }, port: port + 1 });
const baseline = baselineRoot ? await serve({ root: baselineRoot, port: port + 2 }) : null;
const failures = [];
try {
  if (!process.argv.includes('--skip-lighthouse')) {
    const targets = [{ name: 'bare page (React + react-router)', url: `${bare.origin}/` }];
    for (const path of PAGES) {
      if (baseline) targets.push({ name: `\`${path}\` (baseline)`, url: baseline.origin + path });
      targets.push({ name: `\`${path}\``, url: app.origin + path, judged: path });
    }
    const measured = await measurePages(targets.map((t) => t.url));
    const barePage = measured[0];
    console.log(`\nLighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}— mobile preset\n`);
    console.log(row(['page', 'perf', 'LCP', 'LCP ÷ bare', 'TBT', 'CLS', 'a11y', 'load avg']));
    console.log(row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:']));
    for (const [i, { name, judged: path }] of targets.entries()) {
      const r = measured[i];
      console.log(
        row([
          name,
          r.perf,
          ms(r.lcp),
          (r.lcp / barePage.lcp).toFixed(2),
          ms(r.tbt),
          r.cls.toFixed(3),
          r.a11y,
          r.load,
        ]),
      );
      if (!path) continue;
      if (r.perf < BUDGET.perf) failures.push(`${path}: performance ${r.perf} < ${BUDGET.perf}`);
      if (r.lcp > BUDGET.lcpRatio * barePage.lcp)
        failures.push(`${path}: LCP ${ms(r.lcp)} > ${BUDGET.lcpRatio} × bare ${ms(barePage.lcp)}`);
      if (r.cls > BUDGET.cls) failures.push(`${path}: CLS ${r.cls.toFixed(3)} > ${BUDGET.cls}`);
      if (r.a11y < BUDGET.a11y) failures.push(`${path}: accessibility ${r.a11y} < ${BUDGET.a11y}`);
    }
  }
  if (!process.argv.includes('--skip-interactions')) {
    const report = async (name, origin, judge) => {
      const before = load();
      const latencies = await measureInteractions(origin, chromePath, only);
      console.log(
        `\nInteraction to next paint${name}, CPU throttled 4× (load avg ${before} → ${load()})\n`,
      );
      console.log(row(['control', 'samples', 'p75', 'worst']));
      console.log(row(['---', '--:', '--:', '--:']));
      for (const l of latencies) {
        console.log(row([l.control, l.samples, ms(l.p75), ms(l.worst)]));
        if (judge && l.worst > BUDGET.interaction)
          failures.push(`${l.control}: ${ms(l.worst)} > 200 ms`);
      }
    };
    if (baseline) await report(' (baseline)', baseline.origin, false);
    await report('', app.origin, true);
  }
} finally {
  await app.close();
  await bare.close();
  await baseline?.close();
}
console.log(
  failures.length
    ? `\nOver budget:\n- ${failures.join('\n- ')}`
    : '\nEvery figure is within budget.',
);
process.exitCode = failures.length ? 1 : 0;
