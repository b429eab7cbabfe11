// Proves the dev-only CSP: the real renderer build keeps the source's production CSP byte for byte, and the real dev server serves the loosened one with its nonce on every script.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, createServer, type InlineConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { devCsp, readCsp, replaceCsp } from '../../../scripts/vite/dev-csp';
import { devCspPlugin } from '../../../scripts/vite/dev-csp-plugin';
import { useTempDirs } from '../../support/use-temp-dirs';

const root = resolve(import.meta.dirname, '../../..');
const sourceHtml = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
const productionCsp = readCsp(sourceHtml);
const tempDir = useTempDirs();
const nodeEnv = process.env['NODE_ENV'];

afterEach(() => {
  // electron-vite's resolveConfig sets NODE_ENV for the process it runs in.
  process.env['NODE_ENV'] = nodeEnv;
});

/** The renderer's Vite config exactly as electron-vite resolves it from electron.vite.config.ts for `command`. */
async function rendererConfig(command: 'build' | 'serve', inline: { build?: { outDir: string } } = {}): Promise<InlineConfig> {
  const mode = command === 'build' ? 'production' : 'development';
  const resolved = await resolveConfig({ root, mode, logLevel: 'silent', ...inline }, command, mode);
  const renderer = resolved.config?.renderer;
  if (renderer === undefined) throw new Error('electron.vite.config.ts has no renderer config');
  return { ...renderer, configFile: false, logLevel: 'silent' };
}

describe('the renderer CSP source', () => {
  it('is the strict production policy', () => {
    expect(productionCsp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });
});

describe('devCsp', () => {
  it("adds the dev server's nonce to scripts and styles and lets it reach its HMR socket, changing nothing else", () => {
    expect(devCsp(productionCsp ?? '', 'N0nce')).toBe(
      "default-src 'self'; script-src 'self' 'nonce-N0nce'; style-src 'self' 'nonce-N0nce'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self' ws://localhost:* ws://127.0.0.1:* ws://[::1]:*; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('falls back to default-src for a missing script-src or style-src', () => {
    expect(devCsp("default-src 'self'", 'n')).toBe(
      "default-src 'self'; script-src 'self' 'nonce-n'; style-src 'self' 'nonce-n'; connect-src 'self' ws://localhost:* ws://127.0.0.1:* ws://[::1]:*",
    );
  });

  it('replaces only the meta content, and refuses a page without the tag', () => {
    const replaced = replaceCsp(sourceHtml, "default-src 'none'");
    expect(readCsp(replaced)).toBe("default-src 'none'");
    expect(replaced.replace("default-src 'none'", productionCsp ?? '')).toBe(sourceHtml);
    expect(() => replaceCsp('<html></html>', 'x')).toThrow('no Content-Security-Policy meta tag');
  });
});

describe('the real builds', () => {
  it('ships index.html with the production CSP unchanged and no nonce', async () => {
    const outDir = tempDir();
    const config = await rendererConfig('build', { build: { outDir } });
    await build(config);
    const built = readFileSync(join(outDir, 'renderer', 'index.html'), 'utf8');
    expect(readCsp(built)).toBe(productionCsp);
    expect(built).not.toMatch(/nonce|csp-nonce/);
  });

  it('serves the dev page with the dev CSP and its nonce on every script, the React Refresh preamble included', async () => {
    const config = await rendererConfig('serve');
    const server = await createServer({ ...config, server: { middlewareMode: true, ws: false } });
    try {
      const served = await server.transformIndexHtml('/index.html', sourceHtml);
      const nonce = /<meta property="csp-nonce" nonce="([^"]+)"/.exec(served)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
      expect(readCsp(served)).toBe(devCsp(productionCsp ?? '', nonce ?? ''));
      const scripts = served.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.some((tag) => !tag.includes(' src='))).toBe(true);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    } finally {
      await server.close();
    }
  });

  it('applies only to the dev server', () => {
    expect(devCspPlugin('n').apply).toBe('serve');
  });
});
