// Names the protection safeStorage gives on each platform and whether it is weak. Must not import electron.
import type { Protection } from '../core/ports';

/** Linux backends that do not protect the key with a keyring: basic_text, and unknown (fail closed). */
const weakLinuxBackends = new Set(['basic_text', 'unknown']);

export function platformProtection(platform: NodeJS.Platform, available: boolean, linuxBackend: () => string): Protection {
  if (platform === 'darwin') return { available, backend: 'keychain', weak: false };
  if (platform === 'win32') return { available, backend: 'dpapi', weak: false };
  if (platform === 'linux') {
    const backend = linuxBackend();
    return { available, backend, weak: weakLinuxBackends.has(backend) };
  }
  return { available, backend: 'unknown', weak: true };
}
