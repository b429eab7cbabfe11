// Settings as its own view: Clipboard · Background checks · Credit · Startup · Protection, each control saved as it changes; Back and Esc never drop a typed number silently. Must not touch window.vault except through api.ts.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ProtectionView, Settings } from '../../../../preload/contract';
import { clearDelayChoices, numberSettings, type NumberSetting as NumberKey } from '../../settings-draft';
import { NumberSetting } from './number-setting';
import { CliInstallSection } from './cli-install-section';
import { ThresholdSetting } from './threshold-setting';
import { ProtectionSection } from './protection-section';
import { useSettingSaves, type SettingKey } from './use-setting-saves';
import '../../styles/settings-view.css';
import { ScanLauncher } from '../../scan/scan-launcher';

type Props = {
  settings: Settings;
  protection: ProtectionView;
  onSaved(settings: Settings): void;
  onProtectionChanged(protection: ProtectionView): void;
  onClose(): void;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

const neverClearQuestion =
  'Never clear the clipboard? A copied token or API key then stays there until you copy something else, for any program to read.';

export function SettingsView({ settings, protection, onSaved, onProtectionChanged, onClose }: Props) {
  const saves = useSettingSaves(settings, onSaved);
  const [unsaved, setUnsaved] = useState<NumberKey | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const numberFields = { checkIntervalMinutes: useRef<HTMLInputElement>(null), renewWindowDays: useRef<HTMLInputElement>(null) };
  const ids = { heading: useId(), delay: useId(), ask: useId() };

  /**
   * Saves typed numbers first; one that cannot be saved stops the way back and asks what to do. After a save the
   * close is committed at once (flushSync), so the window can put focus back on a DOM that already shows it.
   */
  async function leave(): Promise<void> {
    const pending = saves.pendingNumbers();
    if (pending.length === 0) return onClose();
    for (const key of pending) {
      if (!(await saves.commitNumber(key))) {
        setUnsaved(key);
        return;
      }
    }
    flushSync(onClose);
  }
  const leaveLatest = useRef(leave);
  leaveLatest.current = leave;

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (unsaved !== null) keepEditing.current?.focus();
  }, [unsaved]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      void leaveLatest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const errorFor = (key: SettingKey) =>
    saves.errors[key] === undefined ? null : (
      <p className="error" data-testid={`${key}-error`}>
        {saves.errors[key]}
      </p>
    );
  const checkbox = (key: 'notifications' | 'launchAtLogin' | 'startHidden' | 'keepInTray', text: string) => (
    <div className="field">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={saves.shown(key)}
          aria-invalid={saves.errors[key] !== undefined}
          onChange={(event) => void saves.save(key, event.target.checked)}
        />
        {text}
      </label>
      {errorFor(key)}
    </div>
  );
  const numberField = (key: NumberKey, label: string) => (
    <NumberSetting
      setting={key}
      label={label}
      ref={numberFields[key]}
      text={saves.numberText(key)}
      error={saves.errors[key]}
      onChange={(text) => {
        setUnsaved(null);
        saves.editNumber(key, text);
      }}
      onCommit={() => void saves.commitNumber(key)}
    />
  );

  return (
    <section className="settings-view" aria-labelledby={ids.heading} data-testid="settings">
      <header className="settings-header">
        <button type="button" className="back-button" onClick={() => void leave()}>
          <span aria-hidden="true">←</span> Back to accounts
        </button>
        <h2 id={ids.heading} ref={heading} tabIndex={-1}>
          Settings
        </h2>
      </header>
      {unsaved !== null && (
        <div className="settings-ask" role="alert" aria-labelledby={ids.ask}>
          <p id={ids.ask}>{numberSettings[unsaved].name} has a change that was not saved.</p>
          <div className="panel-buttons">
            <button
              type="button"
              ref={keepEditing}
              onClick={() => {
                setUnsaved(null);
                numberFields[unsaved].current?.focus();
              }}
            >
              Keep editing
            </button>
            <button
              type="button"
              onClick={() => {
                saves.discardNumbers();
                onClose();
              }}
            >
              Discard the change and go back
            </button>
          </div>
        </div>
      )}
      <Section title="Clipboard">
        <div className="field">
          <label htmlFor={ids.delay}>Clear the clipboard after</label>
          <select
            id={ids.delay}
            value={String(saves.shown('clipboardClearSeconds'))}
            aria-invalid={saves.errors.clipboardClearSeconds !== undefined}
            onChange={(event) => {
              const choice = clearDelayChoices.find((known) => String(known.seconds) === event.target.value);
              if (choice === undefined) return;
              // Never clearing leaves tokens on the clipboard for any program to read: the user confirms it first.
              if (choice.seconds === 0 && !window.confirm(neverClearQuestion)) return;
              void saves.save('clipboardClearSeconds', choice.seconds);
            }}
          >
            {clearDelayChoices.map((choice) => (
              <option key={choice.seconds} value={String(choice.seconds)}>
                {choice.text}
              </option>
            ))}
          </select>
          {errorFor('clipboardClearSeconds')}
          <p className="hint">Only if the clipboard still holds the token akool-vault put there.</p>
        </div>
      </Section>
      <Section title="Background checks">
        {numberField('checkIntervalMinutes', 'Check accounts every (minutes)')}
        {numberField('renewWindowDays', 'Renew tokens this many days before they expire')}
        {checkbox('notifications', 'Show notifications')}
      </Section>
      <Section title="Credit">
        <ThresholdSetting
          label="Warn when credit falls below"
          current={settings.lowCreditThreshold}
          onSave={(threshold) => saves.save('lowCreditThreshold', threshold)}
          saveError={saves.errors.lowCreditThreshold}
          hint="Credits; leave empty for off. An account can have its own, under “Low-credit warning for this account” in its details. One notification below it, another below half."
        />
      </Section>
      <Section title="Startup">
        {checkbox('launchAtLogin', 'Launch at login')}
        {checkbox('keepInTray', 'Keep running in the tray when the window is closed')}
        {checkbox('startHidden', 'Start hidden in the tray')}
      </Section>
      <Section title="Leaked secrets">
        <ScanLauncher />
      </Section>
      <Section title="Protection">
        <ProtectionSection protection={protection} onChanged={onProtectionChanged} />
      </Section>
      <Section title="Command line">
        <CliInstallSection />
      </Section>
      <p className="live" role="status">
        {saves.note}
      </p>
    </section>
  );
}
