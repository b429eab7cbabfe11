// The settings form's draft: text for the number fields, the clipboard delay choices, and the conversion back to Settings. Must not import React or the vault API.
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

export type SettingsDraft = Omit<Settings, 'clipboardClearSeconds' | 'checkIntervalMinutes' | 'renewWindowDays'> & {
  clipboardClearSeconds: string;
  checkIntervalMinutes: string;
  renewWindowDays: string;
};

export const toDraft = (settings: Settings): SettingsDraft => ({
  ...settings,
  clipboardClearSeconds: String(settings.clipboardClearSeconds),
  checkIntervalMinutes: String(settings.checkIntervalMinutes),
  renewWindowDays: String(settings.renewWindowDays),
});

/**
 * The whole draft as a settings change. Numbers are sent as typed (an empty field as 0): the vault validates them
 * and its error names the field. A delay outside the choices cannot come from the select; it keeps `fallback`.
 */
export function fromDraft(draft: SettingsDraft, fallback: Settings): Settings {
  const delay = clearDelayChoices.find((choice) => String(choice.seconds) === draft.clipboardClearSeconds);
  return {
    ...draft,
    clipboardClearSeconds: delay?.seconds ?? fallback.clipboardClearSeconds,
    checkIntervalMinutes: Number(draft.checkIntervalMinutes),
    renewWindowDays: Number(draft.renewWindowDays),
  };
}

/** The draft fields a vault validation message names, so the form can mark them invalid. */
export function invalidFields(message: string): ReadonlySet<keyof Settings> {
  const fields: readonly (keyof Settings)[] = [
    'clipboardClearSeconds',
    'checkIntervalMinutes',
    'renewWindowDays',
    'notifications',
    'launchAtLogin',
    'startHidden',
  ];
  return new Set(fields.filter((field) => message.includes(field)));
}

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
