// Which Linux `--password-store` the Electron e2e suite launches with: AKOOL_VAULT_E2E_PASSWORD_STORE, default basic. Must not import electron or app code.

/**
 * The values Chromium's switch takes, as listed with safeStorage.getSelectedStorageBackend() in
 * node_modules/electron/electron.d.ts (`--password-store="basic"`, `"gnome-libsecret"`, `"kwallet"`, `"kwallet5"`, `"kwallet6"`).
 */
export const passwordStores = ['basic', 'gnome-libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const;
export type PasswordStore = (typeof passwordStores)[number];

const isPasswordStore = (value: string): value is PasswordStore => passwordStores.some((store) => store === value);

/** The switches every Linux launch gets unless a spec passes its own; none elsewhere. Throws on an unknown store name. */
export function passwordStoreSwitches(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform !== 'linux') return [];
  const chosen = env['AKOOL_VAULT_E2E_PASSWORD_STORE'] ?? '';
  const store = chosen === '' ? 'basic' : chosen;
  if (!isPasswordStore(store)) throw new Error(`AKOOL_VAULT_E2E_PASSWORD_STORE must be one of ${passwordStores.join(', ')}; got "${store}"`);
  return [`--password-store=${store}`];
}

/** True when Linux launches run on basic_text (the default), where the weak opt-in must be offered. */
export function usesBasicStore(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): boolean {
  return passwordStoreSwitches(platform, env).includes('--password-store=basic');
}
