// The detail pane's primary action as a split button: the kind's primary copy (token or API key), and a menu of every copy the kind offers. Must not import the vault API.
import type { AccountKind } from '../../../../preload/contract';
import type { CopyFormat } from '../../api';
import { copyChoices, copyLabels, primaryCopyFormat } from '../../copy-formats';
import { MenuButton } from '../menu/menu-button';
import { BusyButton } from '../shell/busy-button';

type Props = { kind: AccountKind; busy: boolean; onCopy(format: CopyFormat): void };

export function CopySplitButton({ kind, busy, onCopy }: Props) {
  const primary = primaryCopyFormat(kind);
  return (
    <div className="split-button" role="group" aria-label="Copy">
      <BusyButton busy={busy} className="primary" onClick={() => onCopy(primary)}>
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
