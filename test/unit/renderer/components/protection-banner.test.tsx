// Proves the protection warning for missing or weak keyrings and the explicit weak-protection opt-in. Must not import electron, node:* or main/.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProtectionView } from '../../../../preload/contract';
import { App } from '../../../../renderer/src/components/app';
import { fail, installFakeVault } from '../support/fake-vault';
import { makeState } from '../support/fixtures';
import { resetRendererTest } from '../support/reset';

afterEach(resetRendererTest);

const optInName = 'Store secrets with weak protection anyway';

async function renderWith(protection: ProtectionView) {
  const fake = installFakeVault(makeState({ protection }));
  render(<App />);
  await screen.findByRole('button', { name: 'Settings' });
  return fake;
}

function optInBox(): HTMLInputElement {
  const element = screen.getByLabelText(optInName);
  if (!(element instanceof HTMLInputElement)) throw new Error('The opt-in is not an input');
  return element;
}

describe('ProtectionBanner', () => {
  it('shows nothing when protection is strong', async () => {
    await renderWith({ backend: 'gnome_libsecret', level: 'strong', weakOptIn: false, canStoreSecrets: true, sealMark: 'v11', weakSeals: 0 });

    expect(screen.queryByTestId('protection-banner')).toBeNull();
  });

  it('explains a missing keyring and how to fix it, without a useless opt-in', async () => {
    await renderWith({ backend: 'unknown', level: 'unavailable', weakOptIn: false, canStoreSecrets: false, sealMark: null, weakSeals: 0 });

    const banner = screen.getByTestId('protection-banner');
    expect(banner.textContent).toContain(
      'No OS keyring is available: akool-vault cannot encrypt secrets. Unlock or install a keyring (e.g. GNOME Keyring / KWallet), or start with --password-store=gnome-libsecret.',
    );
    expect(within(banner).queryByLabelText(optInName)).toBeNull();
    expect(banner.textContent).toContain('akool-vault will not store new secrets until a keyring is available.');
  });

  it('names the weak backend and opts in only when asked', async () => {
    const fake = await renderWith({ backend: 'basic_text', level: 'weak', weakOptIn: false, canStoreSecrets: false, sealMark: 'v10', weakSeals: 0 });

    expect(screen.getByTestId('protection-banner').textContent).toContain('"basic_text"');
    expect(optInBox().checked).toBe(false);
    expect(fake.inputsTo('setWeakProtectionOptIn')).toEqual([]);

    fireEvent.click(optInBox());

    expect(await screen.findByText(/You chose to store secrets with weak protection anyway/)).toBeDefined();
    expect(fake.inputsTo('setWeakProtectionOptIn')).toEqual([{ optIn: true }]);
    expect(optInBox().checked).toBe(true);
  });

  it('keeps a visible warning while opted in, and lets the user opt out', async () => {
    const fake = await renderWith({ backend: 'basic_text', level: 'weak', weakOptIn: true, canStoreSecrets: true, sealMark: 'v10', weakSeals: 0 });

    expect(screen.getByText(/You chose to store secrets with weak protection anyway/)).toBeDefined();
    fireEvent.click(optInBox());

    expect(await screen.findByText(/will not store new secrets unless you opt in/)).toBeDefined();
    expect(fake.inputsTo('setWeakProtectionOptIn')).toEqual([{ optIn: false }]);
    expect(screen.queryByText(/You chose to store secrets with weak protection anyway/)).toBeNull();
  });

  it('shows an error when the opt-in cannot be saved', async () => {
    const fake = await renderWith({ backend: 'basic_text', level: 'weak', weakOptIn: false, canStoreSecrets: false, sealMark: 'v10', weakSeals: 0 });
    fake.respond.setWeakProtectionOptIn = async () => fail({ code: 'storage-failed', message: 'read-only store' });

    fireEvent.click(optInBox());

    const banner = screen.getByTestId('protection-banner');
    expect((await within(banner).findByRole('alert')).textContent).toContain('read-only store');
    expect(optInBox().checked).toBe(false);
  });

  it('says what the cipher produced and how many weak seals are stored', async () => {
    await renderWith({ backend: 'basic_text', level: 'weak', weakOptIn: true, canStoreSecrets: true, sealMark: 'v10', weakSeals: 3 });
    const banner = screen.getByTestId('protection-banner');
    expect(banner.textContent).toContain('starts with "v10"');
    expect(within(banner).getByTestId('weak-seals').textContent).toBe('3 stored secrets are sealed with weak protection.');
  });

  it('keeps warning after a keyring appears until no weak seal is left', async () => {
    await renderWith({ backend: 'gnome_libsecret', level: 'strong', weakOptIn: true, canStoreSecrets: true, sealMark: 'v11', weakSeals: 1 });
    const banner = screen.getByTestId('protection-banner');
    expect(within(banner).getByRole('heading').textContent).toBe('Some stored secrets are still weakly protected');
    expect(banner.textContent).toContain('1 stored secret is still sealed with the fixed key');
  });
});
