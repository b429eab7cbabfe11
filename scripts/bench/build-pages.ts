// Builds the production app with electron-vite and a bare React "hello" page with the same Vite and React plugin. Must not import app code.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build as buildApp } from 'electron-vite';
import { build } from 'vite';

export const projectDir = fileURLToPath(new URL('../../', import.meta.url));
export const rendererOutDir = join(projectDir, 'out/renderer');
/** Inside the project so that `react` resolves from its node_modules. */
const bareRoot = join(projectDir, 'node_modules/.cache/akool-vault-bench/bare-react');

export const bareHelloText = 'Hello';

const bareHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>hello</title></head>
  <body><div id="root"></div><script type="module" src="./main.jsx"></script></body>
</html>
`;

const bareMain = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<StrictMode><h1 id="hello">${bareHelloText}</h1></StrictMode>);
`;

/** `electron-vite build`: main, preload and the renderer the harness serves (out/). */
export async function buildProductionApp(): Promise<void> {
  await buildApp({ root: projectDir, logLevel: 'warn' });
}

/** The floor page: one React root rendering one heading, minified like the renderer. Returns its output directory. */
export async function buildBareReactPage(): Promise<string> {
  rmSync(bareRoot, { recursive: true, force: true });
  mkdirSync(bareRoot, { recursive: true });
  writeFileSync(join(bareRoot, 'index.html'), bareHtml);
  writeFileSync(join(bareRoot, 'main.jsx'), bareMain);
  const outDir = join(bareRoot, 'dist');
  await build({
    root: bareRoot,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: true },
  });
  return outDir;
}
