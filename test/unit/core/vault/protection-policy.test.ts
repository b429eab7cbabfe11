// Proves secrets are refused without a keyring unless the user opted into weak protection.
import { describe, expect, it } from 'vitest';
import { assertCanStoreSecrets, describeProtection } from '../../../../main/core/vault/protection-policy';

const strong = { available: true, backend: 'gnome_libsecret', weak: false };
const weak = { available: true, backend: 'basic_text', weak: true };
const none = { available: false, backend: 'unknown', weak: false };

describe('protection policy', () => {
  it('allows a real keyring', () => {
    expect(describeProtection(strong, false, undefined, 0)).toMatchObject({ level: 'strong', canStoreSecrets: true });
    expect(() => assertCanStoreSecrets(describeProtection(strong, false, undefined, 0), undefined)).not.toThrow();
  });

  it('refuses basic_text without opt-in and explains the fix', () => {
    const view = describeProtection(weak, false, undefined, 0);
    expect(view).toMatchObject({ level: 'weak', canStoreSecrets: false });
    expect(() => assertCanStoreSecrets(view, undefined)).toThrow(/--password-store=gnome-libsecret/);
  });

  it('allows basic_text after explicit opt-in', () => {
    expect(describeProtection(weak, true, undefined, 0)).toMatchObject({ level: 'weak', canStoreSecrets: true, weakOptIn: true });
  });

  it('never stores when encryption is unavailable, opt-in or not', () => {
    const view = describeProtection(none, true, undefined, 0);
    expect(view).toMatchObject({ level: 'unavailable', canStoreSecrets: false });
    expect(() => assertCanStoreSecrets(view, undefined)).toThrow(expect.objectContaining({ code: 'protection-unavailable' }));
  });

  it('gives each refusal its own way out: no encryption, weaker than before, or no keyring without the opt-in', () => {
    const refusal = (view: ReturnType<typeof describeProtection>, floor: 'weak' | 'strong' | undefined): string => {
      try {
        assertCanStoreSecrets(view, floor);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      throw new Error('expected a refusal');
    };
    const noEncryption = refusal(describeProtection(none, true, 'strong', 0), 'strong');
    expect(noEncryption).toMatch(/^This system offers no encryption for secrets\. Unlock or install a system keyring/);
    const weakerThanBefore = refusal(describeProtection(weak, true, 'strong', 0), 'strong');
    expect(weakerThanBefore).toMatch(/only weak protection \(backend "basic_text"\) is available now/);
    for (const floor of [undefined, 'weak'] as const) {
      const noOptIn = refusal(describeProtection(weak, false, floor, 0), floor);
      expect(noOptIn).toMatch(/^No system keyring protects secrets here \(backend "basic_text"\).*Or opt into weak protection explicitly\.$/);
    }
  });
});
