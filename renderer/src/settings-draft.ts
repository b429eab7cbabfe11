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
    'keepInTray',
  ];
  return new Set(fields.filter((field) => message.includes(field)));
}
