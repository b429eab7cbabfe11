// The settings form: clipboard clear delay, check interval, renew window, notifications, launch at login, start hidden; saved through updateSettings. Must not touch window.vault except through api.ts.
import { useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../../preload/contract';
import { updateSettings } from '../api';
import { describeError } from '../error-text';
import {
  checkIntervalBounds,
  clearDelayChoices,
  fromDraft,
  invalidFields,
  renewWindowBounds,
  toDraft,
  type SettingsDraft,
} from '../settings-draft';
import { useRequests } from '../use-requests';

type Props = { settings: Settings; onSaved(settings: Settings): void; onClose(): void };

const noneInvalid: ReadonlySet<keyof Settings> = new Set();

export function SettingsPanel({ settings, onSaved, onClose }: Props) {
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [saved, setSaved] = useState(false);
  const { isPending, error, run } = useRequests<'save'>();
  const headingId = useId();
  const ids = {
    delay: useId(),
    checkIntervalMinutes: { field: useId(), hint: useId() },
    renewWindowDays: { field: useId(), hint: useId() },
  };
  const invalid = error?.code === 'invalid-input' ? invalidFields(error.message) : noneInvalid;

  const edit = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]): void => {
    setSaved(false);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    const result = await run('save', () => updateSettings(fromDraft(draft, settings)));
    if (!result.ok) return;
    setDraft(toDraft(result.data));
    setSaved(true);
    onSaved(result.data);
  }

  const numberField = (
    key: 'checkIntervalMinutes' | 'renewWindowDays',
    text: string,
    bounds: { min: number; max: number },
    unit: string,
  ) => (
    <div className="field">
      <label htmlFor={ids[key].field}>{text}</label>
      <input
        id={ids[key].field}
        type="number"
        inputMode="numeric"
        min={bounds.min}
        max={bounds.max}
        step={1}
        value={draft[key]}
        aria-describedby={ids[key].hint}
        aria-invalid={invalid.has(key)}
        onChange={(event) => edit(key, event.target.value)}
      />
      <p id={ids[key].hint} className="hint">
        From {bounds.min} to {bounds.max} {unit}.
      </p>
    </div>
  );

  const checkbox = (key: 'notifications' | 'launchAtLogin' | 'startHidden' | 'keepInTray', text: string) => (
    <label className="checkbox">
      <input type="checkbox" checked={draft[key]} onChange={(event) => edit(key, event.target.checked)} />
      {text}
    </label>
  );

  return (
    <section className="settings" aria-labelledby={headingId} data-testid="settings">
      <h2 id={headingId}>Settings</h2>
      <form
        className="settings-form"
        noValidate
        onSubmit={(event) => void save(event)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <div className="field">
          <label htmlFor={ids.delay}>Clear the clipboard after</label>
          <select
            id={ids.delay}
            value={draft.clipboardClearSeconds}
            onChange={(event) => edit('clipboardClearSeconds', event.target.value)}
            autoFocus
          >
            {clearDelayChoices.map((choice) => (
              <option key={choice.seconds} value={String(choice.seconds)}>
                {choice.text}
              </option>
            ))}
          </select>
        </div>
        {numberField('checkIntervalMinutes', 'Check accounts every (minutes)', checkIntervalBounds, 'minutes')}
        {numberField('renewWindowDays', 'Renew tokens this many days before they expire', renewWindowBounds, 'days')}
        {checkbox('notifications', 'Show notifications')}
        {checkbox('launchAtLogin', 'Launch at login')}
        {checkbox('keepInTray', 'Keep running in the tray when the window is closed')}
        {checkbox('startHidden', 'Start hidden in the tray')}
        {error !== null && (
          <p role="alert" className="error" data-testid="settings-error">
            {describeError(error)}
          </p>
        )}
        <div className="panel-buttons">
          <button type="submit" className="primary" disabled={isPending('save')}>
            Save settings
          </button>
          <button type="button" onClick={onClose}>
            Close settings
          </button>
        </div>
        <p className="live" aria-live="polite">
          {saved ? 'Settings saved' : null}
        </p>
      </form>
    </section>
  );
}
