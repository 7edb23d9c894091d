// @vitest-environment node
// The README's first command ends in `npm run dev`: the dev server must serve the app and every
// build-time virtual module (a production build does not exercise Vite's dev pipeline).
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { port: 0, strictPort: false },
  });
  await server.listen();
  base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('npm run dev', () => {
  it('serves the page shell', async () => {
    const res = await fetch(`${base}/learn/upstreams`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root"></div>');
  });

  it('compiles the entry and the content loaders the pages import', async () => {
    for (const path of [
      '/src/app/boot.ts',
      '/src/app/main.tsx',
      '/src/features/home/HomePage.tsx',
      '/src/content/lessons.ts',
      '/src/content/challengeIndex.ts',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
    }
  }, 30_000);

  it.each([
    'virtual:lessons',
    'virtual:lesson-details',
    'virtual:challenge-index',
    'virtual:trap-sections',
    'virtual:search-index',
    'virtual:lesson-only-questions',
  ])(
    'serves %s',
    async (id) => {
      const res = await fetch(`${base}/@id/__x00__${id}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('export default');
    },
    30_000,
  );

  it('compiles a lesson and a page through the dev pipeline', async () => {
    for (const path of [
      '/content/lessons/04-upstreams.mdx',
      '/src/features/learn/LessonPage.tsx',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
    }
  }, 30_000);
});
