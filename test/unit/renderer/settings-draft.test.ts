// Proves the settings draft offers exactly the contract's clipboard delays and converts to and from Settings without losing a field. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { clipboardClearChoices, defaultSettings, type Settings } from '../../../preload/contract';
import {
  clearDelayChoices,
  fromDraft,
  invalidFields,
  parseNumberSetting,
  toDraft,
  type NumberSetting,
} from '../../../renderer/src/settings-draft';

const custom: Settings = {
  clipboardClearSeconds: 120,
  checkIntervalMinutes: 45,
  renewWindowDays: 3,
  notifications: false,
  launchAtLogin: true,
  startHidden: true,
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

describe('parseNumberSetting', () => {
  it('accepts whole numbers within the bounds, with surrounding spaces', () => {
    expect(parseNumberSetting('checkIntervalMinutes', ' 5 ')).toEqual({ ok: true, value: 5 });
    expect(parseNumberSetting('checkIntervalMinutes', '1440')).toEqual({ ok: true, value: 1440 });
    expect(parseNumberSetting('renewWindowDays', '90')).toEqual({ ok: true, value: 90 });
  });

  it('says what is wrong in words a person uses, never the validator’s', () => {
    const error = (key: NumberSetting, text: string): string => {
      const parsed = parseNumberSetting(key, text);
      return parsed.ok ? 'accepted' : parsed.error;
    };
    expect(error('checkIntervalMinutes', '4')).toBe('Check interval must be at least 5 minutes.');
    expect(error('checkIntervalMinutes', '1441')).toBe('Check interval must be at most 1,440 minutes.');
    expect(error('renewWindowDays', '0')).toBe('Renew window must be at least 1 day.');
    expect(error('renewWindowDays', '91')).toBe('Renew window must be at most 90 days.');
    expect(error('renewWindowDays', '2.5')).toBe('Renew window must be a whole number of days.');
    expect(error('renewWindowDays', '1e1')).toBe('Renew window must be a whole number of days.');
    expect(error('checkIntervalMinutes', '99999999999999999999')).toBe('Check interval must be a whole number of minutes.');
    expect(error('checkIntervalMinutes', '  ')).toBe('Enter the check interval in minutes.');
  });
});
