// End-to-end: under Linux's basic_text backend the weak opt-in is reachable, stores `v10` seals and warns; a relaunch over the same data keeps the account. Skips (one line) without the Electron binary.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addSheet, topBarButton } from '../support/ui-steps';
import { electronOrSkip, withElectronApp } from './support/electron-app';

const basic = ['--password-store=basic'];

/** Calls one bridge method in the page, as the renderer does. */
async function bridge(page: Page, method: string, input: object): Promise<unknown> {
  return page.evaluate(
    ([name, payload]) => {
      const vault: unknown = Reflect.get(globalThis, 'vault');
      const call: unknown = typeof vault === 'object' && vault !== null ? Reflect.get(vault, name) : undefined;
      return typeof call === 'function' ? Reflect.apply(call, vault, [payload]) : { ok: false, error: { code: 'no-bridge' } };
    },
    [method, input] as const,
  );
}

/** Every sealed value in the vault file, base64-decoded: their first bytes say which key sealed them. */
function sealedPrefixes(dataDir: string): string[] {
  const document: unknown = JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8'));
  const secrets: unknown = typeof document === 'object' && document !== null ? Reflect.get(document, 'secrets') : null;
  if (typeof secrets !== 'object' || secrets === null) return [];
  return Object.values(secrets).flatMap((entries: unknown) =>
    typeof entries === 'object' && entries !== null
      ? Object.values(entries).map((sealed: unknown) => Buffer.from(String(sealed), 'base64').subarray(0, 3).toString('latin1'))
      : [],
  );
}

test('basic_text: the weak opt-in stores v10 seals and warns, and a relaunch keeps the account', async () => {
  test.skip(process.platform !== 'linux', '--password-store=basic is a Linux switch');
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'akool-vault-e2e-keyring-'));
  try {
    let accountId = '';
    await withElectronApp(executablePath, { args: basic, dataDir }, async ({ app, page, sandbox }) => {
      // electron.d.ts getSelectedStorageBackend: 'basic_text' with --password-store="basic"; isAsyncEncryptionAvailable
      // is true after the app's setUsePlainTextEncryption(true) (electron_api_safe_storage.cc, use_password_v10_).
      // decryptStringAsync resolves { shouldReEncrypt, result } (electron.d.ts DecryptStringAsyncReturnValue): the
      // shape the cipher port relies on to seal rotated keys again.
      const main = await app.evaluate(async ({ safeStorage }) => {
        const sealed = await safeStorage.encryptStringAsync('probe');
        return {
          backend: safeStorage.getSelectedStorageBackend(),
          available: await safeStorage.isAsyncEncryptionAvailable(),
          prefix: sealed.subarray(0, 3).toString('latin1'),
          opened: await safeStorage.decryptStringAsync(sealed),
        };
      });
      expect(main).toEqual({ backend: 'basic_text', available: true, prefix: 'v10', opened: { shouldReEncrypt: false, result: 'probe' } });
      await expect(page.getByTestId('protection-banner')).toBeVisible();
      // The window offers the opt-in where a secret is typed: the add sheet, unticked until chosen.
      await topBarButton(page, 'Add account').click();
      const optIn = addSheet(page).getByLabel('Store secrets with weak protection anyway');
      await expect(optIn).toBeVisible();
      await expect(optIn).not.toBeChecked();
      await page.keyboard.press('Escape');
      await expect(addSheet(page)).toHaveCount(0);

      expect(await bridge(page, 'getState', {})).toMatchObject({
        ok: true,
        data: { protection: { backend: 'basic_text', level: 'weak', sealMark: 'v10', canStoreSecrets: false, weakSeals: 0 } },
      });
      const account = { label: 'Weak e2e', clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl };
      expect(await bridge(page, 'addAccount', account)).toMatchObject({ ok: false, error: { code: 'protection-unavailable' } });
      expect(await bridge(page, 'setWeakProtectionOptIn', { optIn: true })).toMatchObject({ ok: true, data: { canStoreSecrets: true } });
      const added = await bridge(page, 'addAccount', account);
      expect(added).toMatchObject({ ok: true, data: { status: 'active' } });
      accountId = String(Reflect.get(Reflect.get(Object(added), 'data') ?? {}, 'id'));
      expect(await bridge(page, 'getState', {})).toMatchObject({ ok: true, data: { protection: { level: 'weak', weakSeals: 2 } } });
      await expect(page.getByTestId('weak-seals')).toHaveText('2 stored secrets are sealed with weak protection.');
      expect(sealedPrefixes(dataDir)).toEqual(['v10', 'v10']);
      // The generation marker is electron-store's second file beside the vault (main/index.ts, createElectronStore name).
      expect(existsSync(join(dataDir, 'vault-generation.json'))).toBe(true);
    });
    const older = readFileSync(join(dataDir, 'vault.json'));

    await withElectronApp(executablePath, { args: basic, dataDir }, async ({ page }) => {
      expect(await bridge(page, 'getState', {})).toMatchObject({
        ok: true,
        data: { accounts: [{ id: accountId, label: 'Weak e2e' }], protection: { level: 'weak', weakOptIn: true, weakSeals: 2 }, locked: false },
      });
      // A copy asked for by script alone, with no key press or click reaching the window, is refused in main: the page
      // cannot raise webContents 'input-event' (main/platform/user-input.ts cites electron_api_web_contents.cc OnInputEvent).
      expect(await bridge(page, 'copyToken', { id: accountId })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/needs a click or key press/) } });
      // A key press goes through the browser's input path (CDP Input.dispatchKeyEvent), so main sees it, as a person's.
      await page.keyboard.press('Shift');
      // The seals still open, bound to this account: copying works and the record is not "changed outside akool-vault".
      expect(await bridge(page, 'copyToken', { id: accountId })).toMatchObject({ ok: true });
      expect(await bridge(page, 'clearClipboard', {})).toMatchObject({ ok: true, data: { cleared: true } });
      expect(await bridge(page, 'getState', {})).not.toMatchObject({ data: { accounts: [{ status: 'record-changed' }] } });
      expect(await bridge(page, 'renameAccount', { id: accountId, label: 'Weak e2e renamed' })).toMatchObject({ ok: true });
    });

    // The file from before the rename put back: its marker (MAC key sealed by safeStorage) no longer vouches for it.
    writeFileSync(join(dataDir, 'vault.json'), older);
    await withElectronApp(executablePath, { args: basic, dataDir }, async ({ page }) => {
      expect(await bridge(page, 'getState', {})).toMatchObject({
        ok: true,
        data: { locked: true, notice: expect.stringMatching(/older than the last one akool-vault saved/) },
      });
      expect(await bridge(page, 'checkAccount', { id: accountId })).toMatchObject({ ok: false, error: { code: 'vault-rolled-back' } });
      expect(readFileSync(join(dataDir, 'vault.json')).equals(older)).toBe(true);
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('once a keyring is there, the next start seals the weak secrets again with it (v11) and the warning goes', async () => {
  test.skip(process.platform !== 'linux', '--password-store is a Linux switch');
  const executablePath = electronOrSkip();
  if (executablePath === null) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'akool-vault-e2e-reseal-'));
  try {
    let accountId = '';
    await withElectronApp(executablePath, { args: basic, dataDir }, async ({ page, sandbox }) => {
      await bridge(page, 'setWeakProtectionOptIn', { optIn: true });
      const added = await bridge(page, 'addAccount', { label: 'Reseal e2e', clientId: 'demo-active', clientSecret: 'demo-secret-active', baseUrl: sandbox.baseUrl });
      expect(added).toMatchObject({ ok: true });
      accountId = String(Reflect.get(Reflect.get(Object(added), 'data') ?? {}, 'id'));
      expect(sealedPrefixes(dataDir)).toEqual(['v10', 'v10']);
    });
    await withElectronApp(executablePath, { args: ['--password-store=gnome-libsecret'], dataDir }, async ({ page }) => {
      const state = await bridge(page, 'getState', {});
      const level: unknown = Reflect.get(Reflect.get(Reflect.get(Object(state), 'data') ?? {}, 'protection') ?? {}, 'level');
      // CI runs this file once with an unlocked gnome-keyring; without one there is nothing stronger to seal with.
      test.skip(level !== 'strong', 'no unlocked Secret Service keyring on this machine');
      expect(state).toMatchObject({ ok: true, data: { accounts: [{ id: accountId }], protection: { level: 'strong', sealMark: 'v11', weakSeals: 0 } } });
      expect(sealedPrefixes(dataDir)).toEqual(['v11', 'v11']);
      await expect(page.getByTestId('protection-banner')).toHaveCount(0);
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
