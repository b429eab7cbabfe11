// Names the protection safeStorage gives on each platform and judges a ciphertext by its prefix. Must not import electron.
import type { Protection, SealJudgement } from '../core/ports';

/** Linux backends that keep the key in a keyring; anything else (basic_text, unknown, '') is weak: fail closed. */
const keyringLinuxBackends = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

export function platformProtection(platform: NodeJS.Platform, available: boolean, linuxBackend: () => string): Protection {
  if (platform === 'darwin') return { available, backend: 'keychain', weak: false };
  if (platform === 'win32') return { available, backend: 'dpapi', weak: false };
  if (platform === 'linux') {
    const backend = linuxBackend();
    return { available, backend, weak: !keyringLinuxBackends.has(backend) };
  }
  return { available, backend: 'unknown', weak: true };
}

const prefixOf = (cipherText: Uint8Array): string => Buffer.from(cipherText.subarray(0, 3)).toString('latin1');

/**
 * On Linux, Chromium prefixes ciphertexts with `v10` when it used its hard-coded key and `v11` when the key came from
 * a keyring (chromium/chromium components/os_crypt/sync/os_crypt_linux.cc, kObfuscationPrefixV10/V11; Electron checks
 * the same two prefixes in shell/browser/api/electron_api_safe_storage.cc). Anything else is judged weak. macOS
 * (Keychain) and Windows (DPAPI) have no fixed-key mode, so their seals are strong whatever the prefix.
 */
export function judgeSafeStorageSeal(platform: NodeJS.Platform, cipherText: Uint8Array): SealJudgement {
  const prefix = prefixOf(cipherText);
  const mark = /^v1\d$/.test(prefix) ? prefix : 'unmarked';
  if (platform === 'darwin' || platform === 'win32') return { level: 'strong', mark };
  return { level: platform === 'linux' && prefix === 'v11' ? 'strong' : 'weak', mark };
}
