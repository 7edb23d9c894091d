import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import rehypeShiki from '@shikijs/rehype';
import rehypeSlug from 'rehype-slug';
import { VitePWA } from 'vite-plugin-pwa';
import { contentIndexPlugin } from './scripts/vite-content-plugin.ts';
import { prerenderPlugin, SHELL } from './scripts/vite-prerender-plugin.ts';
import { themeBootPlugin } from './scripts/vite-theme-boot-plugin.ts';
import { questionCodePlugin } from './scripts/highlight/questionCodePlugin.ts';
import { LANGS, SHIKI_OPTIONS } from './scripts/highlight/shiki.ts';

/**
 * A strict Content-Security-Policy in the built index.html: no inline script, no eval, and
 * network only to our own origin. Styles allow 'unsafe-inline' because React style attributes,
 * React Flow and CodeMirror set inline styles. Dev (HMR) keeps Vite's defaults.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'artifact-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkGfm, remarkFrontmatter, remarkMdxFrontmatter],
        // Code is highlighted here, at build time: lessons ship coloured spans, not a highlighter.
        rehypePlugins: [rehypeSlug, [rehypeShiki, { ...SHIKI_OPTIONS, langs: [...LANGS] }]],
        providerImportSource: '@mdx-js/react',
      }),
    },
    react({ include: /\.(jsx|tsx|mdx)$/ }),
    contentIndexPlugin(),
    questionCodePlugin(),
    contentSecurityPolicy(),
    themeBootPlugin(),
    prerenderPlugin(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        name: 'Artifact Lab — DOP-C02 build and manage artifacts',
        short_name: 'Artifact Lab',
        description:
          'Offline study app for AWS DevOps Engineer Professional task 1.3: lessons, timed quizzes and simulators.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#0f172a',
        theme_color: '#0f172a',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,webmanifest,txt}'],
        // Prerendered pages are precached under their own URLs (/learn → learn.html, Workbox's
        // cleanURLs); every other route starts from the shell.
        navigateFallback: `/${SHELL}`,
        clientsClaim: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
