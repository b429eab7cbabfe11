// The settings view's state: typed number drafts, values being saved, per-setting errors in words, and a "saved" note; every change is saved on its own. Must not touch window.vault except through api.ts.
import { useRef, useState } from 'react';
import type { Settings } from '../../../../preload/contract';
import type { VaultError } from '../../api';
import { updateSettings } from '../../api';
import { parseNumberSetting, type NumberSetting } from '../../settings-draft';

export type SettingKey = keyof Settings;

export const settingNames: Record<SettingKey, string> = {
  clipboardClearSeconds: 'Clipboard delay',
  checkIntervalMinutes: 'Check interval',
  renewWindowDays: 'Renew window',
  notifications: 'Notifications',
  launchAtLogin: 'Launch at login',
  startHidden: 'Start hidden',
  keepInTray: 'Keep running in the tray',
  lowCreditThreshold: 'Low-credit warning',
};

export const numberKeys: readonly NumberSetting[] = ['checkIntervalMinutes', 'renewWindowDays'];

function saveFailure(key: SettingKey, error: VaultError): string {
  if (error.code === 'storage-failed') return `${settingNames[key]} was not saved: the vault could not write its file.`;
  if (error.code === 'invalid-input') return `${settingNames[key]} was not saved: the vault did not accept this value.`;
  return `${settingNames[key]} was not saved. Try again.`;
}

export type SettingSaves = {
  /** What a control shows: the value being saved, else the saved one. */
  shown<K extends SettingKey>(key: K): Settings[K];
  /** What a number field shows: the text being typed, else the saved number. */
  numberText(key: NumberSetting): string;
  editNumber(key: NumberSetting, text: string): void;
  errors: Partial<Record<SettingKey, string>>;
  note: string | null;
  save<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean>;
  /** Saves a typed number if it changed and is valid; false (with the error shown) when it is not. */
  commitNumber(key: NumberSetting): Promise<boolean>;
  /** Number fields whose typed text differs from what is saved. */
  pendingNumbers(): NumberSetting[];
  discardNumbers(): void;
};

export function useSettingSaves(settings: Settings, onSaved: (settings: Settings) => void): SettingSaves {
  const [drafts, setDrafts] = useState<Partial<Record<NumberSetting, string>>>({});
  const [saving, setSaving] = useState<Partial<Settings>>({});
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [note, setNote] = useState<string | null>(null);
  // A blur and a Back click can both commit the same field; the second waits for the first instead of saving again.
  const committing = useRef(new Map<NumberSetting, { value: number; saved: Promise<boolean> }>());

  const setError = (key: SettingKey, error: string | undefined): void =>
    setErrors((current) => ({ ...current, [key]: error }));
  /** Forgets a draft once saved, unless the user has typed something else since. */
  const dropDraft = (key: NumberSetting, text: string): void =>
    setDrafts((current) => {
      if (current[key] !== text) return current;
      const { [key]: _dropped, ...rest } = current;
      return rest;
    });
  const changed = (key: NumberSetting): boolean => {
    const text = drafts[key];
    return text !== undefined && text.trim() !== String(settings[key]);
  };

  async function save<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean> {
    setNote(null);
    setError(key, undefined);
    setSaving((current) => ({ ...current, [key]: value }));
    // "Never" reaches save only after the view asked the user to confirm it (settings-view.tsx); main requires the flag.
    const result = await updateSettings(key === 'clipboardClearSeconds' && value === 0 ? { clipboardClearSeconds: 0, confirmNeverClear: true } : { [key]: value });
    setSaving(({ [key]: _done, ...rest }) => rest);
    if (!result.ok) {
      setError(key, saveFailure(key, result.error));
      return false;
    }
    onSaved(result.data);
    setNote(`${settingNames[key]} saved.`);
    return true;
  }

  function commitNumber(key: NumberSetting): Promise<boolean> {
    const text = drafts[key];
    if (text === undefined) return Promise.resolve(true);
    if (!changed(key)) {
      dropDraft(key, text);
      setError(key, undefined);
      return Promise.resolve(true);
    }
    const parsed = parseNumberSetting(key, text);
    if (!parsed.ok) {
      setError(key, parsed.error);
      return Promise.resolve(false);
    }
    const running = committing.current.get(key);
    if (running !== undefined && running.value === parsed.value) return running.saved;
    const saved = save(key, parsed.value).then((done) => {
      if (done) dropDraft(key, text);
      committing.current.delete(key);
      return done;
    });
    committing.current.set(key, { value: parsed.value, saved });
    return saved;
  }

  return {
    shown: (key) => saving[key] ?? settings[key],
    numberText: (key) => drafts[key] ?? String(settings[key]),
    editNumber: (key, text) => setDrafts((current) => ({ ...current, [key]: text })),
    errors,
    note,
    save,
    commitNumber,
    pendingNumbers: () => numberKeys.filter(changed),
    discardNumbers: () => {
      setDrafts({});
      setErrors((current) => ({ ...current, checkIntervalMinutes: undefined, renewWindowDays: undefined }));
    },
  };
}
