// Decides whether secrets may be stored under the platform's protection, and explains how to fix it. Must not import electron.
import type { ProtectionView } from '../../preload/contract';
import type { Protection } from './ports';
import { VaultError } from './vault-error';

export function describeProtection(protection: Protection, weakOptIn: boolean): ProtectionView {
  const level = !protection.available ? 'unavailable' : protection.weak ? 'weak' : 'strong';
  return {
    backend: protection.backend,
    level,
    weakOptIn,
    canStoreSecrets: level === 'strong' || (level === 'weak' && weakOptIn),
  };
}

const advice =
  'Unlock or install a system keyring (GNOME Keyring or KWallet), or start akool-vault with --password-store=gnome-libsecret.';

/** Throws `protection-unavailable` with the way out when secrets may not be stored now. */
export function assertCanStoreSecrets(view: ProtectionView): void {
  if (view.canStoreSecrets) return;
  if (view.level === 'unavailable') {
    throw new VaultError('protection-unavailable', `This system offers no encryption for secrets. ${advice}`);
  }
  throw new VaultError(
    'protection-unavailable',
    `No system keyring protects secrets here (backend "${view.backend}"), so akool-vault will not store them. ${advice} Or opt into weak protection explicitly.`,
  );
}
