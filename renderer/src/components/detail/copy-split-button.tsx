// The detail pane's primary action as a split button: "Copy token", and a menu for "Copy as Authorization header". Must not import the vault API.
import type { CopyFormat } from '../../api';
import { MenuButton } from '../menu/menu-button';
import { BusyButton } from '../shell/busy-button';

type Props = { busy: boolean; onCopy(format: CopyFormat): void };

export function CopySplitButton({ busy, onCopy }: Props) {
  return (
    <div className="split-button" role="group" aria-label="Copy">
      <BusyButton busy={busy} className="primary" onClick={() => onCopy('token')}>
        Copy token
      </BusyButton>
      <MenuButton
        label="More ways to copy"
        className="split-more"
        items={[
          { key: 'token', label: 'Copy token', onSelect: () => onCopy('token') },
          { key: 'header', label: 'Copy as Authorization header', onSelect: () => onCopy('header') },
        ]}
      >
        <span aria-hidden="true">▾</span>
      </MenuButton>
    </div>
  );
}
