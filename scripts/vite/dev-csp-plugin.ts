// Vite plugin for the renderer's dev server only: gives the page a per-server nonce and the dev CSP, so `npm run dev` can inject styles and reach HMR. Must not import electron.
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';
import { devCsp, readCsp, replaceCsp } from './dev-csp';

/** `apply: 'serve'`: `vite build` (and so the shipped index.html) never runs it. */
export function devCspPlugin(nonce: string = randomBytes(18).toString('base64')): Plugin {
  return {
    name: 'akool-vault:dev-csp',
    apply: 'serve',
    // html.cspNonce makes Vite put nonce="…" on every <script>/<style> it serves and add <meta property="csp-nonce">.
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const production = readCsp(html);
        if (production === null) throw new Error('renderer/index.html lost its Content-Security-Policy meta tag');
        return replaceCsp(html, devCsp(production, nonce));
      },
    },
  };
}
