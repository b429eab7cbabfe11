// End-to-end: the shell's Electron-only behaviour in the real app — menus, tray variant, AppUserModelID, data dir, close-to-tray per platform, net.fetch redirects, and the start-up error box. Skips (one line) without the binary.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { z } from 'zod';
import { redirectRefused } from '../../main/core/akool/request';
import { buildTrayModel } from '../../main/core/tray/tray-model';
import { appId } from '../../main/platform/app-identity';
import { startupFailureTitle } from '../../main/platform/startup-failure';
import { chooseTrayIcon, isPanelDark } from '../../main/platform/tray-icon';
import { keepInTrayByDefault } from '../../main/platform/tray-presence';
import { listenOnLoopback } from '../sandbox/listen-loopback';
import { passwordStoreSwitches } from '../support/e2e-password-store';
import { topBarButton } from '../support/ui-steps';
import { callBridge, logLines } from './support/app-log';
import { appEnv, electronOrSkip, mainScript, root, spawnSandboxSwitches, withElectronApp } from './support/electron-app';

interface TinyServer {
  origin: string;
  /** The path of every request, in arrival order. */
  seen: string[];
  close(): Promise<void>;
}

/** A loopback HTTP server that records each request's path and hands it, with its body, to `handle`. */
async function startTinyServer(handle: (request: IncomingMessage, body: string, res: ServerResponse) => Promise<void>): Promise<TinyServer> {
  const seen: string[] = [];
  const server = createServer((request, res) => {
    seen.push(request.url ?? '');
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void handle(request, Buffer.concat(chunks).toString('utf8'), res).catch(() => res.writeHead(502).end()));
  });
  const origin = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  return {
    origin,
    seen,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const accountReply = z.object({ ok: z.literal(true), data: z.object({ id: z.string(), status: z.string(), problem: z.string().nullable() }) });

async function applicationMenu(app: ElectronApplication): Promise<{ role: string; submenu: string[] }[] | null> {
  return app.evaluate(({ Menu }) => {
    const menu = Menu.getApplicationMenu();
    if (menu === null) return null;
    return menu.items.map((item) => ({
      role: String(item.role ?? '').toLowerCase(),
      submenu: (item.submenu?.items ?? []).map((entry) => String(entry.role ?? entry.type).toLowerCase()),
    }));
  });
}

test('menus per platform, the tray variant for the panel theme, the AppUserModelID and the data dir override', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  await withElectronApp(executablePath, {}, async ({ app, page, dataDir }) => {
    await expect(topBarButton(page, 'Add account')).toBeVisible();

    // lib/browser/default-menu.ts would add File/Edit/View/Window/Help; we set null (Windows, Linux) or our own (macOS).
    const menu = await applicationMenu(app);
    if (process.platform === 'darwin') {
      expect(menu?.map((item) => item.role)).toEqual(['appmenu', 'editmenu', 'windowmenu']);
      expect(menu?.[1]?.submenu).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall']));
    } else {
      expect(menu).toBeNull();
    }

    // Unpackaged, AKOOL_VAULT_DATA_DIR is honoured (a packaged app ignores it: unit-tested in data-dir.test.ts).
    const paths = await app.evaluate(({ app: electronApp }) => ({ packaged: electronApp.isPackaged, userData: electronApp.getPath('userData') }));
    // realpath: macOS temp dirs sit behind the /var → /private/var symlink, which Electron may resolve.
    expect({ ...paths, userData: realpathSync(paths.userData) }).toEqual({ packaged: false, userData: realpathSync(dataDir) });

    // The tray exists and got the variant for the panel: on Windows the taskbar's system mode, not the app mode.
    const theme = await app.evaluate(({ nativeTheme }) => ({
      shouldUseDarkColors: nativeTheme.shouldUseDarkColors,
      shouldUseDarkColorsForSystemIntegratedUI: nativeTheme.shouldUseDarkColorsForSystemIntegratedUI,
    }));
    const expected = chooseTrayIcon(buildTrayModel([], Date.now()).icon, process.platform, isPanelDark(process.platform, theme)).file;
    await expect.poll(() => logLines(dataDir).find((line) => line.message === 'tray shown')?.fields).toEqual({ icon: expected });

    // The AppUserModelID cannot be read back from Electron; the app logs the one it set, on Windows only.
    const identity = logLines(dataDir).filter((line) => line.message.startsWith('windows app user model id'));
    expect(identity.map((line) => line.message)).toEqual(process.platform === 'win32' ? [`windows app user model id set to ${appId}`] : []);
  });
});

test('closing the window follows keepInTray: its platform default, and quitting when it is off', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  await withElectronApp(executablePath, {}, async ({ app, page }) => {
    await expect(topBarButton(page, 'Add account')).toBeVisible();
    expect(await callBridge(page, 'getState', {})).toMatchObject({
      ok: true,
      data: { settings: { keepInTray: keepInTrayByDefault(process.platform) } },
    });
    expect(await callBridge(page, 'updateSettings', { keepInTray: false })).toMatchObject({ ok: true, data: { keepInTray: false } });
    const exited = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close()).catch(() => undefined);
    await exited;
  });
});

test('a base URL that redirects is refused with the redirect message, sends nothing to the target and is not retried', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  const target = await startTinyServer(async (_request, _body, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":1000}');
  });
  let redirecting = false;
  let upstreamBase = '';
  /** Akool's stand-in: forwards to the sandbox until `redirecting`, then answers every request with a 302 to `target`. */
  const front = await startTinyServer(async (request, body, res) => {
    const path = request.url ?? '/';
    if (redirecting) {
      res.writeHead(302, { location: `${target.origin}${path}` }).end();
      return;
    }
    const { authorization } = request.headers;
    const upstream = await fetch(`${upstreamBase}${path}`, {
      method: request.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      ...(request.method === 'GET' ? {} : { body }),
    });
    res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
  });
  try {
    await withElectronApp(executablePath, {}, async ({ page, sandbox }) => {
      upstreamBase = sandbox.baseUrl;
      const baseUrl = front.origin;
      await expect(topBarButton(page, 'Add account')).toBeVisible();
      if (process.platform === 'linux') await callBridge(page, 'setWeakProtectionOptIn', { optIn: true });
      const added = accountReply.parse(
        await callBridge(page, 'addAccount', { label: 'Redirected', clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl }),
      );
      expect(added.data.status).toBe('active');
      const { id } = added.data;

      redirecting = true;
      const before = front.seen.length;
      const checked = accountReply.parse(await callBridge(page, 'checkAccount', { id }));
      // Under Electron net.fetch rejects with "Redirect was cancelled"; the app must show the same refusal as under Node.
      expect(checked.data.problem).toContain(redirectRefused);
      expect(checked.data.status).not.toBe('unreachable');
      expect(front.seen.length - before).toBe(1);
      expect(target.seen).toEqual([]);
      // Only 'unreachable' is retried by the monitor; the account stays as the check left it.
      expect(await callBridge(page, 'getState', {})).toMatchObject({ ok: true, data: { accounts: [{ id, problem: expect.stringContaining(redirectRefused) }] } });
    });
  } finally {
    await front.close();
    await target.close();
  }
});

const errorBox = z.object({ title: z.string(), content: z.string() });

/**
 * dialog.showErrorBox is modal and would wait for a click, so a stub records it instead: stubbing is the only way to
 * see it. NODE_OPTIONS=--require cannot do it: Node loads such modules before its main script, and Electron runs its
 * own init bundle as that main script (electron/electron v45.0.0-nightly.20260821 shell/common/node_bindings.cc:884-886),
 * which is what registers the `electron` module (lib/common/init.ts:81-94). default_app's `-r <file>` loads the file
 * with Module._preloadModules after that (default_app/main.ts:50-52, 72-75) and before the app (main.ts:299-310).
 */
function recordErrorBox(work: string): { stub: string; read(): z.infer<typeof errorBox> | null } {
  const boxFile = join(work, 'error-box.json');
  const stub = join(work, 'record-error-box.cjs');
  writeFileSync(
    stub,
    `const { dialog } = require('electron');\nconst { writeFileSync } = require('node:fs');\n` +
      `dialog.showErrorBox = (title, content) => writeFileSync(${JSON.stringify(boxFile)}, JSON.stringify({ title, content }));\n`,
  );
  return { stub, read: () => (existsSync(boxFile) ? errorBox.parse(JSON.parse(readFileSync(boxFile, 'utf8'))) : null) };
}

/** Runs the executable to its exit; resolves with the exit code and everything it wrote to stderr. */
async function runToExit(executablePath: string, args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(executablePath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr };
}

test('a start-up failure is shown in a native error box, written to stderr and the log, and exits with 1', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  expect(existsSync(mainScript), 'build first: npm run build').toBe(true);
  const work = mkdtempSync(join(tmpdir(), 'akool-vault-e2e-failure-'));
  try {
    // A data directory that is a regular file: creating it fails (EEXIST) before anything else runs.
    const notADirectory = join(work, 'not-a-directory');
    writeFileSync(notADirectory, '');
    const box = recordErrorBox(work);
    const configHome = join(work, 'config');
    const env = appEnv(notADirectory, { XDG_CONFIG_HOME: configHome });
    // The project folder as the entry, as `npm start` does: default_app then names the app after package.json
    // (default_app/main.ts:123-127), so the default logs folder is <appData>/akool-vault/logs. With out/main/index.js as
    // the entry no package.json is found next to it and the app keeps Electron's own name.
    const switches = [...spawnSandboxSwitches(process.platform), ...passwordStoreSwitches(process.platform, process.env)];
    const args = [...switches, '-r', box.stub, root];
    const { code, stderr } = await runToExit(executablePath, args, env);

    expect(code).toBe(1);
    const shown = box.read();
    expect(shown?.title).toBe(startupFailureTitle);
    expect(shown?.content).toContain(`could not be used (EEXIST): ${notADirectory}.`);
    expect(stderr).toContain(`akool-vault failed to start: A file or folder it needs could not be used (EEXIST)`);
    // On Linux the default logs folder is <DIR_USER_DATA>/logs (shell/common/electron_paths.cc:80-93) and DIR_APP_DATA
    // follows XDG_CONFIG_HOME (electron_paths.cc:65-71), so the log is checkable here.
    if (process.platform === 'linux') {
      expect(readFileSync(join(configHome, 'akool-vault', 'logs', 'akool-vault.log'), 'utf8')).toContain('akool-vault failed to start');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a packaged app refuses --remote-debugging-port before ready: it exits with 1 and the endpoint never listens', async () => {
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  expect(existsSync(mainScript), 'build first: npm run build').toBe(true);
  const work = mkdtempSync(join(tmpdir(), 'akool-vault-e2e-refusal-'));
  try {
    const box = recordErrorBox(work);
    // ELECTRON_FORCE_IS_PACKAGED makes app.isPackaged true for the unpackaged binary (electron/electron
    // v45.0.0-nightly.20260821 shell/browser/api/electron_api_app.cc:920-923), so the packaged-only refusal runs.
    const env = appEnv(join(work, 'data'), { ELECTRON_FORCE_IS_PACKAGED: '1', XDG_CONFIG_HOME: join(work, 'config') });
    const switches = [...spawnSandboxSwitches(process.platform), ...passwordStoreSwitches(process.platform, process.env)];
    const { code, stderr } = await runToExit(executablePath, [...switches, '--remote-debugging-port=0', '-r', box.stub, root], env);

    expect(code).toBe(1);
    expect(stderr).toContain('akool-vault failed to start: akool-vault does not start with options that could expose your Akool credentials');
    expect(stderr).toContain('--remote-debugging-port: lets another program control the app');
    // Chromium's DevToolsHttpHandler prints this line once the endpoint listens (Playwright waits for it to connect).
    // Electron starts it in PreMainMessageLoopRun, before `ready` (electron_browser_main_parts.cc:509-512), so a refusal
    // that waited for ready would print it.
    expect(stderr).not.toContain('DevTools listening on');
    // The box is a window before ready only on macOS and Windows (startup-failure.ts errorBoxIsWindowBeforeReady).
    const shown = box.read();
    if (process.platform === 'linux') expect(shown).toBeNull();
    else expect(shown?.title).toBe(startupFailureTitle);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
