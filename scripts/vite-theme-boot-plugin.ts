// src/app/themeBoot.ts as a tiny classic <script> in <head>: it runs before the body is parsed,
// so the stored theme applies before the first paint (the CSP allows it: no inline script).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

const ENTRY = 'src/app/themeBoot.ts';

export function themeBootPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'build';
  let ssr = false;
  let script: { fileName: string; code: string } | null = null;
  return {
    name: 'artifact-lab-theme-boot',
    configResolved(config) {
      root = config.root;
      command = config.command;
      ssr = Boolean(config.build.ssr);
    },
    async buildStart() {
      if (command !== 'build' || ssr) return;
      const output = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        build: {
          write: false,
          minify: true,
          lib: { entry: resolve(root, ENTRY), formats: ['iife'], name: 'artifactLabThemeBoot' },
        },
      });
      const first = (Array.isArray(output) ? output[0] : output) as Rolldown.RolldownOutput;
      const code = first.output[0].code;
      const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
      script = { fileName: `assets/theme-boot-${hash}.js`, code };
    },
    generateBundle() {
      if (script) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code });
    },
    transformIndexHtml() {
      // Dev serves the module as is (deferred, so a reload may flash); the build, the script.
      const src = command === 'serve' ? `/${ENTRY}` : `/${script?.fileName}`;
      const attrs = command === 'serve' ? { type: 'module', src } : { src };
      return [{ tag: 'script', attrs, injectTo: 'head' }];
    },
  };
}
