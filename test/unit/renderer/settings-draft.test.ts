// Proves the settings draft offers exactly the contract's clipboard delays and converts to and from Settings without losing a field. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { clipboardClearChoices, defaultSettings, type Settings } from '../../../preload/contract';
import { clearDelayChoices, fromDraft, invalidFields, toDraft } from '../../../renderer/src/settings-draft';

const custom: Settings = {
  clipboardClearSeconds: 120,
  checkIntervalMinutes: 45,
  renewWindowDays: 3,
  notifications: false,
  launchAtLogin: true,
  startHidden: true,
  keepInTray: false,
};

describe('settings draft', () => {
  it('offers the contract delays in order, with Never for 0', () => {
    expect(clearDelayChoices.map((choice) => choice.seconds)).toEqual([...clipboardClearChoices]);
    expect(clearDelayChoices.map((choice) => choice.text)).toEqual(['Never', '10 s', '30 s', '1 min', '2 min', '5 min']);
  });

  it('round-trips every field', () => {
    expect(fromDraft(toDraft(custom), defaultSettings)).toEqual(custom);
    expect(toDraft(custom)).toMatchObject({ clipboardClearSeconds: '120', checkIntervalMinutes: '45', renewWindowDays: '3' });
  });

  it('sends typed numbers as they are, for the vault to validate, and an empty field as 0', () => {
    const draft = { ...toDraft(defaultSettings), checkIntervalMinutes: '2', renewWindowDays: '' };

    expect(fromDraft(draft, defaultSettings)).toMatchObject({ checkIntervalMinutes: 2, renewWindowDays: 0 });
  });

  it('keeps the fallback delay for a value the select cannot offer', () => {
    const draft = { ...toDraft(defaultSettings), clipboardClearSeconds: '45' };

    expect(fromDraft(draft, custom).clipboardClearSeconds).toBe(120);
  });

  it('finds the fields a validation message names', () => {
    const message = 'Invalid request (checkIntervalMinutes: Too small: expected number to be >=5).';

    expect([...invalidFields(message)]).toEqual(['checkIntervalMinutes']);
    expect(invalidFields('Unknown request.').size).toBe(0);
  });
});
