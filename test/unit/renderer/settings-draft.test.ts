// Proves the settings rules: exactly the contract's clipboard delays, the contract's number bounds, and number errors in words. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { clipboardClearChoices, defaultSettings, settingsSchema } from '../../../preload/contract';
import {
  clearDelayChoices,
  numberSettings,
  parseNumberSetting,
  type NumberSetting,
} from '../../../renderer/src/settings-draft';

describe('settings rules', () => {
  it('offers the contract delays in order, with Never for 0', () => {
    expect(clearDelayChoices.map((choice) => choice.seconds)).toEqual([...clipboardClearChoices]);
    expect(clearDelayChoices.map((choice) => choice.text)).toEqual(['Never', '10 s', '30 s', '1 min', '2 min', '5 min']);
  });

  it('uses the bounds the vault enforces, so nothing it accepts is refused here or the other way round', () => {
    for (const key of ['checkIntervalMinutes', 'renewWindowDays'] as const) {
      const { min, max } = numberSettings[key].bounds;
      const accepts = (value: number): boolean => settingsSchema.safeParse({ ...defaultSettings, [key]: value }).success;
      expect([accepts(min - 1), accepts(min), accepts(max), accepts(max + 1)], key).toEqual([false, true, true, false]);
      expect(parseNumberSetting(key, String(min)).ok && parseNumberSetting(key, String(max)).ok, key).toBe(true);
      expect(parseNumberSetting(key, String(min - 1)).ok || parseNumberSetting(key, String(max + 1)).ok, key).toBe(false);
    }
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
