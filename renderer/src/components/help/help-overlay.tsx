// The "?" overlay: a modal dialog listing the window's shortcuts from keyboard/shortcuts.ts, with Cmd on macOS and Ctrl elsewhere; Esc closes. Must not import the vault API.
import { Fragment } from 'react';
import { shortcuts, type Shortcut } from '../../keyboard/shortcuts';
import { ModalDialog } from '../dialog/modal-dialog';
import { isApplePlatform, keyLabels } from './key-labels';
import '../../styles/help-overlay.css';

type Props = { onClose(): void };

/** Shortcuts that do the same thing share one row: "/ or Ctrl F — Search accounts". */
function byAction(list: readonly Shortcut[]): { action: string; keys: string[] }[] {
  const rows: { action: string; keys: string[] }[] = [];
  for (const shortcut of list) {
    const row = rows.find((known) => known.action === shortcut.action);
    if (row === undefined) rows.push({ action: shortcut.action, keys: [shortcut.keys] });
    else row.keys.push(shortcut.keys);
  }
  return rows;
}

function Keys({ keys, apple }: { keys: string; apple: boolean }) {
  const labels = keyLabels(keys, apple);
  return (
    <kbd className="keys">
      {labels.map((label, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="visually-hidden">+</span>}
          <kbd>{label.name === undefined ? label.text : <abbr title={label.name}>{label.text}</abbr>}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

export function HelpOverlay({ onClose }: Props) {
  const apple = isApplePlatform();
  return (
    <ModalDialog title="Keyboard shortcuts" variant="panel" onClose={onClose} testId="help-overlay">
      <dl className="shortcut-list">
        {byAction(shortcuts).map((row) => (
          <div className="shortcut-row" key={row.action}>
            <dt>
              {row.keys.map((keys, index) => (
                <Fragment key={keys}>
                  {index > 0 && <span className="or"> or </span>}
                  <Keys keys={keys} apple={apple} />
                </Fragment>
              ))}
            </dt>
            <dd>{row.action}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{apple ? '⌘ is the Command key.' : 'Ctrl is the Control key.'} Esc closes this list.</p>
    </ModalDialog>
  );
}
