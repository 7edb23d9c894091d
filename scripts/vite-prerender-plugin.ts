// Static HTML for the static routes (src/app/staticRoutes.ts): after the client build, builds
// src/app/prerender.tsx for Node, renders each route with the app's own components, and writes
// it into dist/ around the built index.html, with the route's code preloaded and its styles
// linked. The untouched index.html becomes shell.html, the page every other route (and the
// service worker's navigation fallback) starts from. Runs before the PWA plugin writes the
// service worker, so the pages are precached.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Manifest, type Plugin, type ResolvedConfig } from 'vite';
import type { PrerenderedPage } from '../src/app/prerender.tsx';
import { AFTER_PAINT_TEMPLATE_ID } from '../src/components/prerenderMarker.ts';
import { EMBEDDED_START_ID } from '../src/features/sandbox/frame/embeddedStart.ts';
import { isShellRoute } from '../src/app/shellRoutes.ts';
import type { PrerenderTarget } from '../src/app/staticRoutes.ts';

const ENTRY = 'src/app/prerender.tsx';
export const SHELL = 'shell.html';
const ROOT_DIV = '<div id="root"></div>';

interface PrerenderModule {
  renderPage: (path: string) => Promise<PrerenderedPage>;
  prerenderTargets: () => PrerenderTarget[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const RENDER_BLOCKING =
  /[ \t]*<(?:link rel="stylesheet"[^>]*|script src="[^"]*"[^>]*><\/script)>\n?/g;

/**
 * Puts what the first paint waits for (stylesheets, the theme-boot script) ahead of the module
 * script and its preloads, so the browser asks for them first.
 */
export function renderBlockingFirst(html: string): string {
  const blocking = html.match(RENDER_BLOCKING) ?? [];
  const rest = html.replace(RENDER_BLOCKING, '');
  const at = rest.indexOf('<script type="module"');
  if (at < 0) throw new Error('prerender: index.html has no module script');
  const indent = rest.slice(rest.lastIndexOf('\n', at) + 1, at);
  return (
    rest.slice(0, at) + blocking.map((tag) => tag.trim() + '\n' + indent).join('') + rest.slice(at)
  );
}

/**
 * The chunks and styles the page's modules need beyond what index.html already loads: the
 * styles linked, the chunks as preloads in a template that src/app/boot.ts adds to the head
 * once the page has painted (a prerendered page paints without them).
 */
const STORAGE_MODULE = 'src/db/open.ts';

function assetLinks(manifest: Manifest, modules: string[], base: string): string {
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const loaded = new Set<string>();
  const walk = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) walk(imported, into);
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry);
  if (entryKey) walk(entryKey, loaded);
  const needed = new Set<string>();
  // src/app/main.tsx imports storage's code on start (so that it is evaluated in a task of its
  // own): preloading it with the route's saves a round trip before the page hydrates.
  for (const module of [...modules, STORAGE_MODULE]) {
    if (!manifest[module]) throw new Error(`prerender: ${module} is not in the build manifest`);
    walk(module, needed);
  }
  const css = new Set([...needed].flatMap((key) => manifest[key]!.css ?? []));
  for (const key of loaded) for (const file of manifest[key]!.css ?? []) css.delete(file);
  const js = [...needed].filter((key) => !loaded.has(key)).map((key) => manifest[key]!.file);
  const preloads = js.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    `<template id="${AFTER_PAINT_TEMPLATE_ID}">${preloads.join('')}</template>`,
  ].join('\n    ');
}

/** A prerendered page's file: the template with its title, links, HTML and embedded starts. */
export function pageHtml(
  template: string,
  target: PrerenderTarget,
  page: PrerenderedPage,
  links: string,
) {
  const marker = target.hydrate ? ` data-prerendered-path="${escapeHtml(target.path)}"` : '';
  if (!template.includes(ROOT_DIV)) throw new Error(`prerender: index.html has no ${ROOT_DIV}`);
  const starts = page.starts
    ? `<script type="application/json" id="${EMBEDDED_START_ID}">${page.starts}</script>`
    : '';
  // Replaced by functions: a page's text may hold `$&` and the like, which a string would expand.
  return renderBlockingFirst(
    template
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
      .replace('</head>', () => `  ${links}\n  </head>`)
      .replace(ROOT_DIV, () => `<div id="root"${marker}>${page.html}</div>${starts}`),
  );
}

async function prerender(config: ResolvedConfig) {
  const outDir = resolve(config.root, config.build.outDir);
  const serverDir = resolve(config.root, 'node_modules/.cache/prerender');
  await build({
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    // Bundled, not imported from node_modules at render time: some dependencies (lz-string)
    // are CommonJS modules whose named exports Node's ESM loader cannot see.
    ssr: { noExternal: true },
    build: {
      ssr: ENTRY,
      outDir: serverDir,
      emptyOutDir: true,
      copyPublicDir: false,
      manifest: false,
      rolldownOptions: { output: { entryFileNames: 'prerender.mjs' } },
    },
  });
  const server = (await import(
    pathToFileURL(join(serverDir, 'prerender.mjs')).href
  )) as PrerenderModule;
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  writeFileSync(join(outDir, SHELL), renderBlockingFirst(template));
  for (const target of server.prerenderTargets()) {
    const page = await server.renderPage(target.path);
    const file = join(outDir, target.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      pageHtml(template, target, page, assetLinks(manifest, page.modules, config.base)),
    );
  }
  rmSync(serverDir, { recursive: true, force: true });
}

/**
 * `vite preview` stands in for a static host: a path with its own HTML file gets it (Vite
 * serves /learn from learn.html), a shell route (src/app/shellRoutes.ts) gets the shell, and
 * any other address the 404 page (not the prerendered dashboard in index.html).
 */
function serveShellForOtherRoutes(outDir: string) {
  return (req: IncomingMessage, _res: ServerResponse, next: () => void) => {
    const accept = req.headers.accept ?? '';
    if (req.method !== 'GET' || !accept.includes('text/html') || !req.url) return next();
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const candidates = path.endsWith('/') ? [`${path}index.html`] : [`${path}.html`, path];
    const isFile = (c: string) => existsSync(join(outDir, c)) && statSync(join(outDir, c)).isFile();
    if (!candidates.some(isFile)) req.url = isShellRoute(path) ? `/${SHELL}` : '/404.html';
    next();
  };
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'artifact-lab-prerender',
    apply: (_, env) => env.command === 'build' || Boolean(env.isPreview),
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler(error?: Error) {
        if (error || config.build.ssr || config.build.lib) return;
        await prerender(config);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveShellForOtherRoutes(resolve(config.root, config.build.outDir)));
    },
  };
}
