// Judges the protection a cipher really gives from a probe ciphertext, not from the backend's name alone. Must not import electron.
import type { Cipher, Protection } from '../ports';

const probeText = 'akool-vault protection probe';

/**
 * A backend can be named like a keyring yet seal with a fixed key: Chromium on Linux falls back to `v10` when the
 * keyring gives no key (chromium/chromium components/os_crypt/sync/os_crypt_linux.cc, EncryptString), and Electron's
 * asynchronous safeStorage always has the fixed-key PosixKeyProvider as its last Linux key provider (electron/electron
 * shell/browser/browser_process_impl.cc, CreateOSCryptAsync), while getSelectedStorageBackend() names the synchronous
 * backend. So the level is the weaker of what the backend claims and what a fresh ciphertext shows.
 */
export async function judgeProtection(cipher: Cipher): Promise<Protection> {
  const reported = await cipher.protection();
  if (!reported.available) return reported;
  try {
    const judged = cipher.judgeSeal(await cipher.encrypt(probeText));
    return { ...reported, weak: reported.weak || judged.level === 'weak', sealMark: judged.mark };
  } catch {
    return { ...reported, available: false };
  }
}
