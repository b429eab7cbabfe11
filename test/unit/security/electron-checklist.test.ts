// Proves each applicable item of Electron's security checklist that can be checked without the Electron binary: window options, built CSP, built bundles and sources.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appSchemeDefinition } from '../../../main/platform/app-scheme';
import { resolveRendererLocation } from '../../../main/platform/renderer-location';
import { buildWindowOptions } from '../../../main/platform/window-options';

const root = resolve(import.meta.dirname, '../../..');
const built = (path: string): string => {
  const file = join(root, 'out', path);
  if (!existsSync(file)) throw new Error(`out/${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(file, 'utf8');
};

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extensions);
    return extensions.includes(extname(name)) ? [path] : [];
  });
}

/** Every source and built file that runs in the app: what a forbidden call would have to hide in. */
const appFiles = (): Array<{ path: string; text: string }> =>
  [
    ...filesUnder(join(root, 'main'), ['.ts']),
    ...filesUnder(join(root, 'preload'), ['.ts']),
    ...filesUnder(join(root, 'renderer'), ['.ts', '.tsx', '.html']),
    ...filesUnder(join(root, 'out'), ['.js', '.cjs', '.mjs', '.html']),
  ].map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** The built page's CSP as directive → sources. */
function builtCsp(): Map<string, string[]> {
  const html = built('renderer/index.html');
  const metas = [...html.matchAll(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*content="([^"]*)"/gi)];
  expect(metas).toHaveLength(1);
  const policy = metas[0]?.[1] ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('Electron security checklist', () => {
  const preferences = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false }).webPreferences;

  it('2-4: no Node integration anywhere, context isolation and the sandbox on', () => {
    expect(preferences).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      contextIsolation: true,
      sandbox: true,
    });
    expect(built('main/index.js')).toContain('app.enableSandbox()');
  });

  it('5: the built main installs the deny-all permission handlers and the per-contents guards', () => {
    const main = built('main/index.js');
    for (const call of ['setPermissionRequestHandler(', 'setPermissionCheckHandler(', 'setDevicePermissionHandler(', '"web-contents-created"']) {
      expect(main, call).toContain(call);
    }
  });

  it('6, 8, 9, 10: web security on; no insecure content, experimental or Blink features', () => {
    expect(preferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    const risky = /enableBlinkFeatures|allowRunningInsecureContent:\s*true|webSecurity:\s*false|nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false/;
    expect(appFiles().filter((file) => risky.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('7: the built page has a strict CSP: no unsafe-inline or unsafe-eval, connect-src none, nothing remote', () => {
    const csp = builtCsp();
    expect([...csp.values()].flat().filter((source) => /unsafe|\*|https?:|data:.*script/.test(source))).toEqual([]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('7: the built page has no inline script or handler and loads nothing from outside the bundle', () => {
    const html = built('renderer/index.html');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/?\.?\/?assets\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  it('11: shell.openExternal in one source file, behind the guide list (open-guide.test.ts, browser.test.ts); once in the main bundle, never in the page or preload', () => {
    const openers = appFiles().filter((file) => /openExternal|\bshell\s*[,}]|\bshell\s*\.(?!css\b)/.test(file.text));
    expect(openers.map((file) => file.path.split(sep).join('/'))).toEqual(['main/platform/browser.ts', 'out/main/index.js']);
    expect(built('main/index.js').match(/\.openExternal\(/g)).toHaveLength(1);
  });

  it('12-14: navigation, new windows and webviews are refused (see content-guards.test.ts); the webview tag is off', () => {
    expect(preferences).toMatchObject({ webviewTag: false, navigateOnDragDrop: false });
    expect(built('main/index.js')).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: "deny" \}\)\)/);
  });

  it('17: the packaged app serves its page over app://, not file://, with no privilege beyond standard and secure', () => {
    expect(resolveRendererLocation(true, 'http://localhost:5173').url).toBe('app://akool-vault/index.html');
    expect(appSchemeDefinition.privileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: false,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      stream: false,
      codeCache: false,
      allowExtensions: false,
    });
  });

  it('19: the preload exposes one object, window.vault, and never ipcRenderer itself', () => {
    const preload = built('preload/index.cjs');
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*("[^"]*"|'[^']*')\s*,\s*([^)]*)/g)];
    expect(exposed.map((match) => match[1])).toEqual(['"vault"']);
    expect(exposed[0]?.[2]).toMatch(/^createBridge\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });
});
