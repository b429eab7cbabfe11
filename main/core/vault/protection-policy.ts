// Decides whether secrets may be stored under the platform's protection and the vault's floor, and explains how to fix it. Must not import electron.
import type { ProtectionView } from '../../../preload/contract';
import type { Protection } from '../ports';
import type { SealLevel } from './vault-document';
import { VaultError } from './vault-error';

const rank: Record<ProtectionView['level'], number> = { unavailable: 0, weak: 1, strong: 2 };

const levelOf = (protection: Protection): ProtectionView['level'] =>
  !protection.available ? 'unavailable' : protection.weak ? 'weak' : 'strong';

/**
 * `floor`: the strongest level that ever sealed a secret in this vault (undefined before the first seal).
 * `weakSeals`: how many stored secrets are still sealed under weak protection (countWeakSeals).
 */
export function describeProtection(
  protection: Protection,
  weakOptIn: boolean,
  floor: SealLevel | undefined,
  weakSeals: number,
): ProtectionView {
  const level = levelOf(protection);
  const allowedHere = level === 'strong' || (level === 'weak' && weakOptIn);
  return {
    backend: protection.backend,
    level,
    weakOptIn,
    canStoreSecrets: allowedHere && (floor === undefined || rank[level] >= rank[floor]),
    sealMark: level === 'unavailable' ? null : (protection.sealMark ?? null),
    weakSeals,
  };
}

/** The floor after sealing a secret under `protection`: it only ever rises. */
export function raiseFloor(floor: SealLevel | undefined, protection: Protection): SealLevel | undefined {
  const level = levelOf(protection);
  if (level === 'unavailable') return floor;
  return floor === undefined || rank[level] > rank[floor] ? level : floor;
}

const advice =
  'Unlock or install a system keyring (GNOME Keyring or KWallet), or start akool-vault with --password-store=gnome-libsecret.';

/** Throws `protection-unavailable` with the way out when secrets may not be stored now. */
export function assertCanStoreSecrets(view: ProtectionView, floor: SealLevel | undefined): void {
  if (view.canStoreSecrets) return;
  if (view.level === 'unavailable') {
    throw new VaultError('protection-unavailable', `This system offers no encryption for secrets. ${advice}`);
  }
  if (floor !== undefined && rank[view.level] < rank[floor]) {
    throw new VaultError(
      'protection-unavailable',
      `This vault's secrets were sealed by a system keyring, but only weak protection (backend "${view.backend}") is available now. akool-vault never stores secrets under weaker protection than before, even with the weak opt-in. ${advice}`,
    );
  }
  throw new VaultError(
    'protection-unavailable',
    `No system keyring protects secrets here (backend "${view.backend}"), so akool-vault will not store them. ${advice} Or opt into weak protection explicitly.`,
  );
}
