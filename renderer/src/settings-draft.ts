// The settings view's rules: the clipboard delay choices, and the number settings' bounds, units and errors in words. Must not import React or the vault API.
import type { Settings } from '../../preload/contract';

type ClearSeconds = Settings['clipboardClearSeconds'];

/** Every delay the contract allows, in order, with the words the select shows. */
export const clearDelayChoices: readonly { seconds: ClearSeconds; text: string }[] = [
  { seconds: 0, text: 'Never' },
  { seconds: 10, text: '10 s' },
  { seconds: 30, text: '30 s' },
  { seconds: 60, text: '1 min' },
  { seconds: 120, text: '2 min' },
  { seconds: 300, text: '5 min' },
];

export const checkIntervalBounds = { min: 5, max: 24 * 60 } as const;
export const renewWindowBounds = { min: 1, max: 90 } as const;

export type NumberSetting = 'checkIntervalMinutes' | 'renewWindowDays';

/** What each number setting is called in a sentence, its bounds and its unit (singular, plural). */
export const numberSettings: Record<
  NumberSetting,
  { name: string; bounds: { min: number; max: number }; unit: readonly [string, string] }
> = {
  checkIntervalMinutes: { name: 'Check interval', bounds: checkIntervalBounds, unit: ['minute', 'minutes'] },
  renewWindowDays: { name: 'Renew window', bounds: renewWindowBounds, unit: ['day', 'days'] },
};

const amount = (value: number, [one, many]: readonly [string, string]): string =>
  `${value.toLocaleString('en')} ${value === 1 ? one : many}`;

export type ParsedNumber = { ok: true; value: number } | { ok: false; error: string };

/** Reads a typed number setting, or says in words what is wrong with it ("Check interval must be at least 5 minutes"). */
export function parseNumberSetting(key: NumberSetting, text: string): ParsedNumber {
  const { name, bounds, unit } = numberSettings[key];
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `Enter the ${name.toLowerCase()} in ${unit[1]}.` };
  const value = Number(trimmed);
  if (!/^-?\d+$/.test(trimmed) || !Number.isSafeInteger(value)) {
    return { ok: false, error: `${name} must be a whole number of ${unit[1]}.` };
  }
  if (value < bounds.min) return { ok: false, error: `${name} must be at least ${amount(bounds.min, unit)}.` };
  if (value > bounds.max) return { ok: false, error: `${name} must be at most ${amount(bounds.max, unit)}.` };
  return { ok: true, value };
}
