// The vault's protection floor as the file proves it: the stored field, raised by what the stored seals' own bytes show. Must not import electron.
import type { Cipher } from '../ports';
import type { SealLevel, VaultDocument } from './vault-document';

/**
 * The floor in force: strong as soon as any stored seal (an orphaned one too) was made under strong protection, as
 * judged from its own bytes (e.g. Chromium's `v11` prefix on Linux); else the file's `protectionFloor`. Deleting or
 * lowering that field therefore cannot let a weaker cipher seal into a vault a keyring protected.
 */
export function provenFloor(judgeSeal: Cipher['judgeSeal'], document: VaultDocument): SealLevel | undefined {
  if (document.protectionFloor === 'strong') return 'strong';
  // The marker sits in the first bytes: decode a short prefix only.
  const strongSeal = Object.values(document.secrets).some((entries) =>
    Object.values(entries).some((sealed) => judgeSeal(Buffer.from(sealed.slice(0, 8), 'base64')).level === 'strong'),
  );
  return strongSeal ? 'strong' : document.protectionFloor;
}
