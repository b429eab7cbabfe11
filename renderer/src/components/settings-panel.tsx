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
    interval: useId(),
    intervalHint: useId(),
    renew: useId(),
    renewHint: useId(),
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

  const checkbox = (key: 'notifications' | 'launchAtLogin' | 'startHidden', text: string) => (
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
        <div className="field">
          <label htmlFor={ids.interval}>Check accounts every (minutes)</label>
          <input
            id={ids.interval}
            type="number"
            inputMode="numeric"
            min={checkIntervalBounds.min}
            max={checkIntervalBounds.max}
            step={1}
            value={draft.checkIntervalMinutes}
            aria-describedby={ids.intervalHint}
            aria-invalid={invalid.has('checkIntervalMinutes')}
            onChange={(event) => edit('checkIntervalMinutes', event.target.value)}
          />
          <p id={ids.intervalHint} className="hint">
            From {checkIntervalBounds.min} to {checkIntervalBounds.max} minutes.
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.renew}>Renew tokens this many days before they expire</label>
          <input
            id={ids.renew}
            type="number"
            inputMode="numeric"
            min={renewWindowBounds.min}
            max={renewWindowBounds.max}
            step={1}
            value={draft.renewWindowDays}
            aria-describedby={ids.renewHint}
            aria-invalid={invalid.has('renewWindowDays')}
            onChange={(event) => edit('renewWindowDays', event.target.value)}
          />
          <p id={ids.renewHint} className="hint">
            From {renewWindowBounds.min} to {renewWindowBounds.max} days.
          </p>
        </div>
        {checkbox('notifications', 'Show notifications')}
        {checkbox('launchAtLogin', 'Launch at login')}
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
