// Measures the production build against the budgets of DESIGN.md and fails when one is over.
// First load of "/" = the entry chunk, everything it imports statically, the dashboard route
// and the chunks started at boot (service-worker registration). A route's "own" chunks are
// what it loads beyond that first load.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { highlighterSignature } from './highlighter-signatures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const KB = 1024;
const BUDGET = {
  firstLoadJs: 150 * KB,
  firstLoadCss: 25 * KB,
  route: 60 * KB,
  sandbox: 250 * KB,
  precache: 2 * KB * KB,
  // Not in DESIGN.md's table: the full-text index is content data (every lesson section, term
  // and question), fetched on the first search and precached for offline use.
  searchIndex: 120 * KB,
  // Also content data: the question bank, one chunk per lesson, all loaded by an all-lessons quiz
  // or an exam simulation. 100 KB held 108 short items; the exam-grade bank (181 scenarios of
  // 60–150 words, a why for every option, blueprint and family tags) measures 136 KB, about
  // 0.75 KB a question. 150 KB leaves room for about 18 more before the bank must be split into
  // per-question chunks behind a metadata index (measured: ~80 KB for a 65-question attempt).
  questionBank: 150 * KB,
};

if (!existsSync(join(dist, '.vite/manifest.json'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gz = new Map();
const gzipOf = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};

/** Files a manifest entry loads: its own chunk, its CSS and its static imports, recursively. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const imp of entry.imports ?? []) closure(imp, seen);
  return seen;
}
const filesOf = (keys) => {
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    const entry = manifest[key];
    js.add(entry.file);
    for (const c of entry.css ?? []) css.add(c);
  }
  return { js, css };
};
const sum = (files) => [...files].reduce((n, f) => n + gzipOf(f), 0);
const keyFor = (source) => Object.keys(manifest).find((k) => k.endsWith(source));

// Route table from src/app/routes.tsx: page('path', '../features/x/Page')
const routesSource = readFileSync(join(root, 'src/app/routes.tsx'), 'utf8');
const routes = [...routesSource.matchAll(/page\((?:'([^']*)'|undefined), '\.\.\/([^']+)'/g)].map(
  (m) => ({ path: `/${m[1] ?? ''}`, source: `src/${m[2]}.tsx` }),
);

// The entry (src/app/boot.ts) imports the app (src/app/main.tsx) once the page has painted:
// both are part of the first load.
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const appKey = keyFor('src/app/main.tsx');
const bootKeys = (manifest[appKey].dynamicImports ?? []).filter((k) =>
  /workbox-window|pwa-register/.test(k),
);
const homeKey = keyFor('src/features/home/HomePage.tsx');
const initialKeys = new Set([
  ...closure(entryKey),
  ...closure(appKey),
  ...closure(homeKey),
  ...bootKeys.flatMap((k) => [...closure(k)]),
]);
const initial = filesOf(initialKeys);

const rows = [];
const check = (name, bytes, budget) => rows.push({ name, bytes, budget, ok: bytes <= budget });
check('first load of / — JS', sum(initial.js), BUDGET.firstLoadJs);
check('first load of / — CSS', sum(initial.css), BUDGET.firstLoadCss);

const ownChunks = (keys) => {
  const { js } = filesOf([...keys].filter((k) => !initialKeys.has(k)));
  return js;
};
for (const route of routes) {
  const key = keyFor(route.source);
  if (!key || route.path === '/') continue;
  const budget = route.path.startsWith('/sandbox/') ? BUDGET.sandbox : BUDGET.route;
  check(`route ${route.path} — own JS`, sum(ownChunks(closure(key))), budget);
}

/** Like closure, and also what the code loads later on its own (the JSON editor, diagrams). */
function closureWithLazy(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return seen;
  seen.add(key);
  for (const imp of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])])
    closureWithLazy(imp, seen);
  return seen;
}

// Simulators load lazily inside /sandbox/:simulator, and load their editor and graph lazily in
// turn: each row counts all of it as that route's own JS.
const simulatorPage = closure(keyFor('src/features/sandbox/SimulatorPage.tsx'));
const simulators = Object.keys(manifest).filter((key) =>
  /^src\/features\/sandbox\/\w+\/\w+Simulator\.tsx$/.test(key),
);
if (simulators.length === 0) throw new Error('check-budgets: no simulator page in the manifest');
for (const key of simulators) {
  const name = key.replace(/^.*\/(\w+)Simulator\.tsx$/, '$1').toLowerCase();
  check(
    `route /sandbox/${name} — own JS, all of it`,
    sum(ownChunks(new Set([...simulatorPage, ...closureWithLazy(key)]))),
    BUDGET.sandbox,
  );
}

// Content chunks load on top of their route: each lesson body, and the whole question bank.
const lessonPage = closure(keyFor('src/features/learn/LessonPage.tsx'));
const lessonKeys = Object.keys(manifest)
  .filter((k) => /content\/lessons\/.+\.mdx$/.test(k))
  .sort();
for (const key of lessonKeys) {
  const slug = key.replace(/^.*\/\d\d-(.+)\.mdx$/, '$1');
  check(
    `route /learn/${slug} — own JS with lesson`,
    sum(ownChunks(new Set([...lessonPage, ...closure(key)]))),
    BUDGET.route,
  );
}
const questionKeys = Object.keys(manifest).filter((k) => /content\/questions\/.+\.json$/.test(k));
if (questionKeys.length) {
  check(
    `question bank (data, ${questionKeys.length} files)`,
    sum(filesOf(questionKeys).js),
    BUDGET.questionBank,
  );
}

const searchKey = keyFor('virtual:search-index');
if (searchKey)
  check(
    'search index (data, loaded on first search)',
    sum(filesOf([searchKey]).js),
    BUDGET.searchIndex,
  );

// Precache: every entry in the generated service worker's manifest, as downloaded (gzip); the
// raw size it takes in Cache Storage is printed alongside.
const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)]
  .map((m) => m[1])
  .filter((url) => existsSync(join(dist, url)));
const precacheRaw = precached.reduce((n, url) => n + statSync(join(dist, url)).size, 0);
check(
  `precache (${precached.length} entries; ${(precacheRaw / KB / KB).toFixed(2)} MB raw)`,
  sum(precached),
  BUDGET.precache,
);

// Code is highlighted at build time: no JS chunk may carry a highlighter (Shiki, its tokenizer,
// regex engines, grammars or themes).
const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const carriers = chunks
  .map((f) => [f, highlighterSignature(readFileSync(join(dist, 'assets', f), 'utf8'))])
  .filter(([, signature]) => signature);
for (const [file, signature] of carriers)
  console.error(`${file} carries a highlighter ("${signature}")`);
rows.push({
  name: `no syntax highlighter in the ${chunks.length} JS chunks`,
  bytes: carriers.length,
  budget: 0,
  ok: carriers.length === 0,
  count: true,
});

const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`${'budget'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'limit'.padStart(9)}  result`);
for (const r of rows)
  console.log(
    `${r.name.padEnd(width)}  ${(r.count ? String(r.bytes) : fmt(r.bytes)).padStart(9)}  ${(r.count ? String(r.budget) : fmt(r.budget)).padStart(9)}  ${r.ok ? 'ok' : 'OVER'}`,
  );
const over = rows.filter((r) => !r.ok);
console.log(over.length ? `\n${over.length} budget(s) over.` : '\nAll budgets met.');
process.exit(over.length ? 1 : 0);
