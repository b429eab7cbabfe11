// The detail pane's primary action as a split button: the kind's primary copy (token or API key), and a menu of every copy the kind offers; secondary, not the bright primary, for a banned account whose token will be refused. Must not import the vault API.
import type { AccountKind } from '../../../../preload/contract';
import type { CopyFormat } from '../../api';
import { copyChoices, copyLabels, primaryCopyFormat } from '../../copy-formats';
import { MenuButton } from '../menu/menu-button';
import { BusyButton } from '../shell/busy-button';

type Props = { kind: AccountKind; banned: boolean; busy: boolean; onCopy(format: CopyFormat): void };

export function CopySplitButton({ kind, banned, busy, onCopy }: Props) {
  const primary = primaryCopyFormat(kind);
  return (
    <div className={`split-button${banned ? ' is-secondary' : ''}`} role="group" aria-label="Copy">
      <BusyButton busy={busy} className={banned ? 'secondary' : 'primary'} onClick={() => onCopy(primary)}>
        {copyLabels[primary]}
      </BusyButton>
      <MenuButton
        label="More ways to copy"
        className="split-more"
        items={copyChoices[kind].map((format) => ({ key: format, label: copyLabels[format], onSelect: () => onCopy(format) }))}
      >
        <span aria-hidden="true">▾</span>
      </MenuButton>
    </div>
  );
}
