// Proves `npm run dev`'s page in real Chromium: with the dev CSP, Vite's injected styles and HMR socket work with no CSP violation; with the production CSP they are blocked.
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { resolveConfig } from 'electron-vite';
import { createServer, type InlineConfig, type PluginOption } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../support/chromium-options';
import { makeTempDir } from '../../support/temp-dir';

const root = resolve(import.meta.dirname, '../../..');
const nodeEnv = process.env['NODE_ENV'];
/** Vite's dependency pre-bundling cache, private to this run (its default lives in node_modules/.vite). */
const cacheDir = makeTempDir('akool-vault-vite-cache-');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser.close();
  cacheDir.remove();
});
afterEach(() => {
  process.env['NODE_ENV'] = nodeEnv;
});

const isDevCspPlugin = (plugin: PluginOption): boolean =>
  typeof plugin === 'object' && plugin !== null && !Array.isArray(plugin) && 'name' in plugin && plugin.name === 'akool-vault:dev-csp';

/** The renderer's dev-server config as electron-vite resolves it, optionally without the dev CSP plugin. */
async function devConfig(withDevCsp: boolean): Promise<InlineConfig> {
  const resolved = await resolveConfig({ root, mode: 'development', logLevel: 'silent' }, 'serve', 'development');
  const renderer = resolved.config?.renderer;
  if (renderer === undefined) throw new Error('electron.vite.config.ts has no renderer config');
  const plugins = (renderer.plugins ?? []).flat().filter((plugin) => withDevCsp || !isDevCspPlugin(plugin));
  return { ...renderer, plugins, cacheDir: cacheDir.path, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } };
}

interface DevPageRun {
  violations: string[];
  hmrConnected: boolean;
  devStyles: number;
}

/** Before any page script: records CSP violations, and notes Vite's client logging "[vite] connected." (console.debug) once its HMR socket is open. */
const recorderScript = `
  const state = { violations: [], hmrConnected: false };
  globalThis.__devPage = state;
  document.addEventListener('securitypolicyviolation', (event) => state.violations.push(event.effectiveDirective));
  const debug = console.debug.bind(console);
  console.debug = (...args) => {
    if (args.some((arg) => String(arg).includes('[vite] connected'))) state.hmrConnected = true;
    debug(...args);
  };
`;

/** Settled once both questions have an answer: HMR connected or its socket blocked; a dev <style> applied or blocked. */
const settledExpression = `(() => {
  const state = globalThis.__devPage;
  const blocked = (prefix) => state.violations.some((directive) => directive.startsWith(prefix));
  return (state.hmrConnected || blocked('connect-src')) && (document.querySelector('style[data-vite-dev-id]') !== null || blocked('style-src'));
})()`;

/** Vite's client injects each imported stylesheet as <style data-vite-dev-id>; a blocked one has no sheet. */
const probeExpression = `(() => ({
  violations: globalThis.__devPage.violations.map(String),
  hmrConnected: globalThis.__devPage.hmrConnected,
  devStyles: [...document.querySelectorAll('style[data-vite-dev-id]')].filter((style) => style.sheet !== null).length,
}))()`;

function isDevPageRun(value: unknown): value is DevPageRun {
  if (typeof value !== 'object' || value === null) return false;
  const violations: unknown = Reflect.get(value, 'violations');
  return (
    Array.isArray(violations) &&
    violations.every((item) => typeof item === 'string') &&
    typeof Reflect.get(value, 'hmrConnected') === 'boolean' &&
    typeof Reflect.get(value, 'devStyles') === 'number'
  );
}

/** Serves the renderer with Vite's dev server and opens it in Chromium; reports CSP violations, HMR and injected styles. */
async function openDevPage(withDevCsp: boolean): Promise<DevPageRun> {
  const server = await createServer(await devConfig(withDevCsp));
  await server.listen();
  const page = await browser.newPage();
  try {
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('the dev server has no local URL');
    // Browser-side code as text: this Node-typed test has no DOM types.
    await page.addInitScript(recorderScript);
    await page.goto(url);
    await page.waitForFunction(settledExpression);
    const probe: unknown = await page.evaluate(probeExpression);
    if (!isDevPageRun(probe)) throw new Error(`unexpected probe ${JSON.stringify(probe)}`);
    return probe;
  } finally {
    await page.close();
    await server.close();
  }
}

describe('the renderer on the dev server, in Chromium', { timeout: 60_000 }, () => {
  it('loads Vite-injected styles and connects HMR with no CSP violation under the dev CSP', async () => {
    const run = await openDevPage(true);
    expect(run.violations).toEqual([]);
    expect(run.hmrConnected).toBe(true);
    expect(run.devStyles).toBeGreaterThan(0);
  });

  it('would be blocked by the production CSP (the reason the dev CSP exists)', async () => {
    const run = await openDevPage(false);
    expect(run.violations).toEqual(expect.arrayContaining(['connect-src']));
    expect(run.violations.some((directive) => directive.startsWith('script-src') || directive.startsWith('style-src'))).toBe(true);
    expect(run.hmrConnected).toBe(false);
  });
});
