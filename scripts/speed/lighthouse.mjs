// One Lighthouse run (mobile preset, the CLI's default) of one URL, reduced to the figures the
// speed table prints.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-dev-shm-usage';

/** Runs the project's pinned Lighthouse on url; resolves to perf, LCP, TBT, CLS, a11y. */
export function lighthouse(projectRoot, url, chromePath) {
  const bin = join(projectRoot, 'node_modules/.bin/lighthouse');
  const args = [
    url,
    '--quiet',
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance,accessibility',
    `--chrome-path=${chromePath}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${err.trim()}`));
      try {
        const lhr = JSON.parse(out);
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
        resolve({
          perf: Math.round((lhr.categories.performance.score ?? 0) * 100),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          a11y: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        });
      } catch (e) {
        reject(new Error(`lighthouse ${url}: ${e.message}`));
      }
    });
  });
}
