// The yardstick: a bare page of the same stack (React + react-router, one heading and a
// paragraph), built with the same Vite into a temporary folder so it is measured in the same run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare page of the same stack, for comparison." />
    <title>Bare page</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`;

const MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router-dom';

function Page() {
  return (
    <main>
      <h1>Build and manage artifacts</h1>
      <p>A bare page of the same stack: React and react-router, one heading and a paragraph.</p>
    </main>
  );
}

const router = createBrowserRouter([{ path: '*', Component: Page }]);
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
`;

/** Builds the bare page under node_modules/.cache (so its imports resolve) and returns dist. */
export async function buildBarePage(projectRoot) {
  const root = join(projectRoot, 'node_modules/.cache/speed-bare-page');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'main.jsx'), MAIN);
  const outDir = join(root, 'dist');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}
